import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../test/render-with-providers';
import { CountryPicker } from './country-picker';

beforeAll(() => {
  Element.prototype.scrollIntoView ??= () => undefined;
});

describe('CountryPicker', () => {
  it('shows a name that matches no country as an error and drops the previous country instead of keeping it silently', async () => {
    const user = userEvent.setup();
    const onChange = jest.fn();
    renderWithProviders(<CountryPicker label="Country" value="RU" onChange={onChange} />);
    const input = screen.getByRole('textbox', { name: 'Country' });
    await user.clear(input);
    await user.type(input, 'Atlantis');
    await user.tab();
    expect(onChange).toHaveBeenLastCalledWith('');
    expect(await screen.findByText('No country is called “Atlantis”: pick one from the list.')).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'true');
  });

  it('takes an exactly typed name without picking it from the list, and says it in Russian', async () => {
    const user = userEvent.setup();
    const onChange = jest.fn();
    renderWithProviders(<CountryPicker label="Страна" value="" onChange={onChange} />, { lng: 'ru' });
    const input = screen.getByRole('textbox', { name: 'Страна' });
    await user.type(input, 'таджикистан');
    await user.keyboard('{Escape}');
    await user.tab();
    expect(onChange).toHaveBeenLastCalledWith('TJ');
    await user.click(input);
    await user.type(input, 'Нарния');
    await user.tab();
    expect(await screen.findByText('Страны «Нарния» нет: выберите из списка.')).toBeInTheDocument();
  });
});
