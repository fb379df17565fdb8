import { Text, VisuallyHidden } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { diffWords } from './text-diff';

const INS = { background: 'var(--mantine-color-green-1)', color: '#1b5e20', textDecoration: 'underline' };
const DEL = { background: 'var(--mantine-color-red-1)', color: 'var(--mantine-color-red-9)', textDecoration: 'line-through' };

/**
 * Two texts as one, insertions in <ins> and deletions in <del>: colour, underline and strike-through
 * for the eye, and spoken markers for screen readers (which do not announce ins/del by themselves).
 */
export function DiffView({ before, after, label, bold }: { before: string; after: string; label?: string; bold?: boolean }) {
  const { t } = useTranslation('statements');
  const parts = useMemo(() => diffWords(before, after), [before, after]);
  return (
    <Text
      component="div"
      fw={bold ? 600 : undefined}
      aria-label={label}
      style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
    >
      {parts.map((part, i) =>
        part.kind === 'same' ? (
          <span key={i}>{part.text}</span>
        ) : part.kind === 'insert' ? (
          <ins key={i} style={INS}>
            <VisuallyHidden>{t('diff.insertedStart')}</VisuallyHidden>
            {part.text}
            <VisuallyHidden>{t('diff.insertedEnd')}</VisuallyHidden>
          </ins>
        ) : (
          <del key={i} style={DEL}>
            <VisuallyHidden>{t('diff.deletedStart')}</VisuallyHidden>
            {part.text}
            <VisuallyHidden>{t('diff.deletedEnd')}</VisuallyHidden>
          </del>
        ),
      )}
    </Text>
  );
}
