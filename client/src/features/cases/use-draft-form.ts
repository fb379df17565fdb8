import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { usePersistentState } from '../../core/use-persistent-state';
import { issuesByField, serverFieldError, translateValidation } from './validation-message';

interface Issue {
  path: readonly PropertyKey[];
  message: string;
}

/** The one thing the hook needs of a shared zod schema. */
interface InputSchema {
  safeParse(input: unknown): { success: true; error?: undefined } | { success: false; error: { issues: readonly Issue[] } };
}

interface DraftFormOptions<V, I> {
  /** sessionStorage key of the draft: per user and record, so that one user's draft never shows up for another. */
  storageKey: string;
  empty: V;
  toInput: (values: V) => I;
  schema: InputSchema;
  save: (input: I) => Promise<unknown>;
  onSaved: () => void;
  /** Called when the form is closed, saved or cancelled, after the draft is dropped. */
  onClose: () => void;
}

/** What the case page gives a dialog that adds to the case through useDraftForm. */
export interface CaseDraftDialogProps {
  caseId: string;
  /** Per user and case, so that one user's draft never shows up for another in the same tab. */
  draftKey: string;
  opened: boolean;
  onClose: () => void;
  onAdded: () => void;
}

/**
 * A dialog's form whose draft survives an expired session (sessionStorage, this tab only) and is dropped on save or
 * cancel. Input is checked with the shared schema before it is sent, and a server's field error lands on its field,
 * so the dialogs of a case page validate and report alike. Each dialog asks for its own `t`
 * (useTranslation('cases')), so that the locale check reads the namespace of its keys off the dialog itself.
 */
export function useDraftForm<V extends object, I>({ storageKey, empty, toInput, schema, save, onSaved, onClose }: DraftFormOptions<V, I>) {
  const { t } = useTranslation('cases');
  const [values, setValues, clearValues] = usePersistentState<V>(storageKey, empty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = <K extends keyof V>(key: K, value: V[K]) => {
    setValues({ ...values, [key]: value });
    setErrors({ ...errors, [key]: '' });
  };
  const close = () => {
    setValues(empty);
    clearValues();
    setErrors({});
    onClose();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = toInput(values);
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      setErrors(issuesByField(parsed.error.issues));
      return;
    }
    try {
      await save(input);
    } catch (e) {
      // Server errors name the field by its path (`location.countryCode`); the form knows it by its last segment.
      const field = serverFieldError(e);
      if (field) setErrors({ [field.field.split('.').pop() ?? field.field]: field.message });
      return;
    }
    onSaved();
    close();
  };
  const err = (key: keyof V & string) => translateValidation(t, errors[key] || undefined);
  return { values, set, err, close, submit };
}
