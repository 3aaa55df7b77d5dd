import { apiRoute } from "@/lib/platform/api/respond";
import { importTemplate } from "@/lib/domain/funding/transaction-import/import-template";

export const dynamic = "force-dynamic";

/** The CSV template for importing a program's transactions: the columns and one example row. */
export const GET = apiRoute(async () => {
  return new Response(importTemplate(), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="transactions-template.csv"' },
  });
});
