import { RefusalPage } from "@/components/refusal/refusal-page";

export default function Forbidden() {
  return <RefusalPage record="other" />;
}
