import { useRef, useState, type DragEvent, type ReactNode } from 'react';

export interface FileDropZoneProps {
  /** What the zone shows: its accessible name unless `name` is given. */
  children: ReactNode;
  /** The accessible name, when it must say more than the visible text (it should begin with that text, WCAG 2.5.3). */
  name?: string;
  /** The hidden file input's name, for assistive technology that reaches it. */
  inputName?: string;
  testId: string;
  inputTestId: string;
  compact?: boolean;
  onFiles(files: File[]): void;
}

/**
 * A clickable, keyboard-reachable drag-and-drop zone with its hidden file picker: Enter, Space, a click or a
 * drop all deliver the chosen files. The picker is reset after each choice, so the same file can be chosen again.
 */
export function FileDropZone({ children, name, inputName, testId, inputTestId, compact = false, onFiles }: FileDropZoneProps) {
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    onFiles(Array.from(event.dataTransfer.files));
  };
  return (
    <>
      <div
        role="button"
        tabIndex={0}
        data-testid={testId}
        aria-label={name}
        onClick={() => input.current?.click()}
        onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ' ? input.current?.click() : undefined)}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
        style={{
          border: `${compact ? 1 : 2}px dashed var(--mantine-color-gray-5)`,
          borderRadius: compact ? 6 : 8,
          padding: compact ? '4px 8px' : 24,
          textAlign: compact ? undefined : 'center',
          cursor: 'pointer',
          background: dragging ? 'var(--mantine-color-blue-0)' : undefined,
        }}
      >
        {children}
      </div>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        aria-label={inputName}
        data-testid={inputTestId}
        onChange={(e) => {
          onFiles(Array.from(e.target.files ?? []));
          e.target.value = '';
        }}
      />
    </>
  );
}
