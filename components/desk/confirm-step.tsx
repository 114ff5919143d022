'use client';

import { useEffect, useId, useRef, useState } from 'react';

/**
 * A button that asks before a consequential submit: the first press shows the question, the fields in
 * `children` and the real submit button; Cancel or Escape goes back. It must sit inside the form it submits.
 * The question closes by itself once the action answers (a new `state`), and focus returns to the button.
 */
export function ConfirmStep({
  state,
  pending,
  trigger,
  question,
  confirm,
  pendingLabel,
  children,
}: {
  state: unknown;
  pending: boolean;
  trigger: React.ReactNode;
  question: React.ReactNode;
  confirm: string;
  pendingLabel: string;
  children?: React.ReactNode;
}) {
  const [openedAt, setOpenedAt] = useState<unknown>(null);
  const open = openedAt !== null && openedAt === state;
  const questionId = useId();
  const triggerRef = useRef<HTMLButtonElement>(null);
  const regionRef = useRef<HTMLDivElement>(null);
  const wasOpen = useRef(false);

  useEffect(() => {
    if (open) regionRef.current?.querySelector<HTMLElement>('input, textarea, button')?.focus();
    else if (wasOpen.current) triggerRef.current?.focus();
    wasOpen.current = open;
  }, [open]);

  if (!open) {
    return (
      <button ref={triggerRef} type="button" onClick={() => setOpenedAt(state)} className="rounded border border-stone-500 px-3 py-1 font-medium">
        {trigger}
      </button>
    );
  }
  return (
    <div
      ref={regionRef}
      role="group"
      aria-labelledby={questionId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') setOpenedAt(null);
      }}
      className="space-y-2 rounded border border-amber-500 bg-amber-50 p-3"
    >
      <p id={questionId} className="font-medium">
        {question}
      </p>
      {children}
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={pending} className="rounded bg-red-800 px-3 py-1 font-medium text-white disabled:opacity-60">
          {pending ? pendingLabel : confirm}
        </button>
        <button type="button" onClick={() => setOpenedAt(null)} className="rounded border border-stone-500 px-3 py-1 font-medium">
          Cancel
        </button>
      </div>
    </div>
  );
}
