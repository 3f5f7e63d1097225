import { useRef, type KeyboardEvent } from 'react';

export interface SectionTab<Id extends string> {
  id: Id;
  label: string;
}

/** The panel's sections as a WAI-ARIA tab list: one tab in the tab order; arrows, Home and End move and select. */
export function SectionTabs<Id extends string>({
  tabs,
  selected,
  onSelect,
  label,
}: {
  tabs: SectionTab<Id>[];
  selected: Id;
  onSelect: (id: Id) => void;
  label: string;
}) {
  const refs = useRef(new Map<Id, HTMLButtonElement>());
  const move = (event: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const next =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? (index + 1) % tabs.length
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? (index - 1 + tabs.length) % tabs.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    const id = tabs[next]!.id;
    onSelect(id);
    refs.current.get(id)?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className="section-tabs">
      {tabs.map((tab, index) => (
        <button
          key={tab.id}
          ref={(el) => void (el ? refs.current.set(tab.id, el) : refs.current.delete(tab.id))}
          type="button"
          role="tab"
          id={`tab-${tab.id}`}
          aria-selected={tab.id === selected}
          aria-controls={`panel-${tab.id}`}
          tabIndex={tab.id === selected ? 0 : -1}
          onClick={() => onSelect(tab.id)}
          onKeyDown={(e) => move(e, index)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
