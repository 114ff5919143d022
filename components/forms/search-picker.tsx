'use client';

import { useEffect, useId, useRef, useState } from 'react';

export type PickerOption = { id: string; label: string; hint?: string };

// An accessible combobox (WAI-ARIA 1.2 pattern): type to search, arrows to move, Enter to choose, Escape to
// close. The chosen id goes into a hidden input named `name`, so the picker works inside an ordinary form.
export function SearchPicker({
  name,
  label,
  endpoint,
  initial,
  placeholder,
  errors,
  onPick,
}: {
  name: string;
  label: string;
  endpoint: string;
  initial?: PickerOption | null;
  placeholder?: string;
  errors?: string[];
  onPick?: (option: PickerOption | null) => void;
}) {
  const id = useId();
  const [text, setText] = useState(initial?.label ?? '');
  const [picked, setPicked] = useState<PickerOption | null>(initial ?? null);
  const [options, setOptions] = useState<PickerOption[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const request = useRef(0);

  useEffect(() => {
    if (!open || text.trim().length < 2 || text === picked?.label) return;
    const ticket = ++request.current;
    const timer = setTimeout(async () => {
      const response = await fetch(`${endpoint}${endpoint.includes('?') ? '&' : '?'}q=${encodeURIComponent(text)}`);
      if (ticket !== request.current || !response.ok) return;
      setOptions((await response.json()).data);
      setActive(0);
    }, 150);
    return () => clearTimeout(timer);
  }, [text, open, endpoint, picked]);

  function choose(option: PickerOption | null) {
    setPicked(option);
    setText(option?.label ?? '');
    setOpen(false);
    onPick?.(option);
  }

  const listId = `${id}-list`;
  const showList = open && options.length > 0 && text !== picked?.label;
  return (
    <div className="relative">
      <label htmlFor={`${id}-input`} className="block font-medium">
        {label}
      </label>
      <input type="hidden" name={name} value={picked?.id ?? ''} />
      <div className="mt-1 flex gap-2">
        <input
          id={`${id}-input`}
          role="combobox"
          aria-expanded={showList}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={showList ? `${id}-option-${active}` : undefined}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={errors?.length ? `${id}-error` : undefined}
          autoComplete="off"
          dir="auto"
          placeholder={placeholder}
          value={text}
          className="w-full rounded border border-stone-400 bg-white px-3 py-2 aria-[invalid]:border-red-700"
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            if (picked) {
              setPicked(null);
              onPick?.(null);
            }
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onKeyDown={(event) => {
            if (!showList) return;
            if (event.key === 'ArrowDown') {
              event.preventDefault();
              setActive((index) => Math.min(index + 1, options.length - 1));
            } else if (event.key === 'ArrowUp') {
              event.preventDefault();
              setActive((index) => Math.max(index - 1, 0));
            } else if (event.key === 'Enter') {
              event.preventDefault();
              choose(options[active]);
            } else if (event.key === 'Escape') {
              setOpen(false);
            }
          }}
        />
        {picked && (
          <button type="button" className="shrink-0 rounded border border-stone-400 px-2 text-sm" onClick={() => choose(null)}>
            Clear<span className="sr-only"> {label}</span>
          </button>
        )}
      </div>
      {errors?.length ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-800">
          {errors.join(' ')}
        </p>
      ) : null}
      <ul
        id={listId}
        role="listbox"
        aria-label={label}
        hidden={!showList}
        className="absolute z-10 mt-1 max-h-72 w-full overflow-auto rounded border border-stone-400 bg-white shadow"
      >
        {options.map((option, index) => (
          <li
            key={option.id}
            id={`${id}-option-${index}`}
            role="option"
            aria-selected={index === active}
            className={`cursor-pointer px-3 py-2 ${index === active ? 'bg-blue-100' : ''}`}
            onMouseDown={(event) => {
              event.preventDefault();
              choose(option);
            }}
          >
            <span dir="auto">{option.label}</span>
            {option.hint && <span className="block text-sm text-stone-600">{option.hint}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
