import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { renderWithProviders } from '../../../test/render-with-providers';
import { CaseForm } from './case-form';
import { emptyCaseFormValues, type CaseFormValues } from './case-form-values';

const ORG = { id: '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f', name: 'ADC Memorial' };

/** The form is controlled by its page; this keeps the state the way the page does. */
function Harness({ mode, initial, onSubmit }: { mode: 'create' | 'edit'; initial: CaseFormValues; onSubmit: (v: CaseFormValues) => void }) {
  const [values, setValues] = useState(initial);
  return <CaseForm mode={mode} values={values} base={initial} onChange={setValues} organisations={[ORG]} onSubmit={onSubmit} />;
}

describe('CaseForm', () => {
  it('shows field errors from the shared schema for a missing country and a too-long title, and submits nothing', async () => {
    const user = userEvent.setup();
    const onSubmit = jest.fn();
    renderWithProviders(<Harness mode="create" initial={emptyCaseFormValues(ORG.id)} onSubmit={onSubmit} />);

    const title = screen.getByLabelText(/^Title/);
    await user.click(title);
    await user.paste('x'.repeat(301));
    await user.click(screen.getByRole('button', { name: 'Create case' }));

    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent('Some fields need attention');
    expect(title).toHaveAccessibleDescription(/At most 300 characters/);
    expect(screen.getByRole('textbox', { name: /^Country/ })).toHaveAccessibleDescription(/Choose a country from the list/);
    expect(screen.getByRole('textbox', { name: /^Country/ })).toBeInvalid();
  });

  it('submits the values once they satisfy the schema, the country picked by its name', async () => {
    const user = userEvent.setup();
    const onSubmit = jest.fn();
    renderWithProviders(<Harness mode="create" initial={emptyCaseFormValues(ORG.id)} onSubmit={onSubmit} />);
    await user.type(screen.getByLabelText(/^Title/), 'Raid in Gorelovo');
    await user.type(screen.getByRole('textbox', { name: /^Country/ }), 'Russ');
    await user.click(await screen.findByRole('option', { name: 'Russia', hidden: true }));
    await user.click(screen.getByLabelText('Raid'));
    await user.click(screen.getByRole('button', { name: 'Create case' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit.mock.calls[0][0]).toMatchObject({ title: 'Raid in Gorelovo', countryCode: 'RU', categories: ['RAID'], organisationId: ORG.id });
  });

  it('requires an organisation when creating', async () => {
    const user = userEvent.setup();
    const onSubmit = jest.fn();
    renderWithProviders(<Harness mode="create" initial={emptyCaseFormValues('')} onSubmit={onSubmit} />);
    await user.type(screen.getByLabelText(/^Title/), 'A case');
    await user.type(screen.getByRole('textbox', { name: /^Country/ }), 'TJ');
    await user.click(await screen.findByRole('option', { name: 'Tajikistan', hidden: true }));
    await user.click(screen.getByRole('button', { name: 'Create case' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByLabelText(/^Organisation/)).toHaveAccessibleDescription(/Choose an organisation/);
  });

  it('offers countries by their Russian name and validates only what an edit changes, in Russian', async () => {
    const user = userEvent.setup();
    const onSubmit = jest.fn();
    const initial: CaseFormValues = { ...emptyCaseFormValues(ORG.id), title: 'Old title', countryCode: 'RU' };
    renderWithProviders(<Harness mode="edit" initial={initial} onSubmit={onSubmit} />, { lng: 'ru' });
    const country = screen.getByRole('textbox', { name: /^Страна/ });
    await user.clear(country);
    await user.type(country, 'Тадж');
    await user.click(await screen.findByRole('option', { name: 'Таджикистан', hidden: true }));
    const title = screen.getByLabelText(/^Название/);
    await user.clear(title);
    await user.click(screen.getByRole('button', { name: 'Сохранить изменения' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(title).toHaveAccessibleDescription(/Обязательное поле/);
    const form = screen.getByRole('form', { name: 'Редактирование дела' });
    expect(within(form).queryByLabelText(/^Организация/)).toBeNull();
  });
});
