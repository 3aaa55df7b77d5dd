"use client";

import { useFormStatus } from "react-dom";

/** A submit button that shows it is working and cannot be pressed twice. */
export function SubmitButton({ children, pendingLabel, className = "button" }: { children: React.ReactNode; pendingLabel: string; className?: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={className} disabled={pending} aria-disabled={pending}>
      {pending ? pendingLabel : children}
    </button>
  );
}
