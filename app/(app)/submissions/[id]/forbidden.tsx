import { RefusalPage } from "@/components/refusal/refusal-page";

/** A signed-in reader on the edit page of a submission they may read but not change (403): a filed one, or another organisation's. */
export default function Forbidden() {
  return <RefusalPage record="submission" />;
}
