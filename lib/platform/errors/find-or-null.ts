import { AppError } from "./app-error";

/** What `load` finds, or null when it is not found (or not visible to the viewer), for a page that then answers 404. */
export async function findOrNull<T>(load: () => Promise<T>): Promise<T | null> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return null;
    throw error;
  }
}
