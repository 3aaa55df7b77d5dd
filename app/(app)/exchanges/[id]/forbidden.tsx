import { RefusalPage } from "@/components/refusal/refusal-page";

/** A signed-in reader on an edit page of a exchange they may read but not change (403). */
export default function Forbidden() {
  return <RefusalPage record="exchange" />;
}
