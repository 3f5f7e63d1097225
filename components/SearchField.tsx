import './shared.css';
import { useId, type Ref } from 'react';

export interface SearchFieldProps {
  label: string;
  /** The search text (controlled). */
  value: string;
  onChange: (value: string) => void;
  inputRef?: Ref<HTMLInputElement>;
}

/** A labelled search box (the parent wraps it in an element with class "search-field"). */
export function SearchField({ label, value, onChange, inputRef }: SearchFieldProps) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        ref={inputRef}
        id={id}
        type="search"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        autoComplete="off"
        spellCheck={false}
      />
    </>
  );
}
