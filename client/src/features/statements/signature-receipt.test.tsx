import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render-with-providers';
import { SignatureReceipt, signatureReceipt } from './signature-receipt';

const statement = { id: 'st-1', title: 'Stop the raids', slug: 'stop-the-raids' };
const signature = {
  id: 'sig-1',
  current: true,
  versionNumber: 2,
  contentHash: 'a'.repeat(64),
  signatoryName: 'Ana Petrova',
  signatoryTitle: 'Director',
  signedAt: '2026-03-01T10:00:00.000Z',
  organisation: { id: 'org-1', name: 'ADC Memorial', names: [{ language: 'ru', name: 'АДЦ «Мемориал»' }], city: 'Brussels' },
};

describe('SignatureReceipt', () => {
  it('names the version, the organisation, the signatory and the hash, and downloads a JSON receipt', async () => {
    const user = userEvent.setup();
    const createObjectURL = jest.fn<string, [Blob]>(() => 'blob:receipt');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderWithProviders(<SignatureReceipt statement={statement} signature={signature} />);
    const receipt = screen.getByTestId('signature-receipt');
    expect(receipt).toHaveTextContent('ADC Memorial signed version 2');
    expect(receipt).toHaveTextContent('Signed by Ana Petrova, Director on');
    expect(screen.getByTestId('receipt-hash')).toHaveTextContent('a'.repeat(64));
    await user.click(screen.getByRole('button', { name: 'Download the receipt' }));
    expect(click).toHaveBeenCalledTimes(1);
    const blob = createObjectURL.mock.calls[0][0];
    expect(blob.type).toBe('application/json');
    click.mockRestore();
  });

  it('holds only what the API returned', () => {
    expect(signatureReceipt(statement, signature)).toEqual({
      kind: 'coalition.signature-receipt',
      statement: { id: 'st-1', title: 'Stop the raids' },
      signature: {
        id: 'sig-1',
        versionNumber: 2,
        contentHash: 'a'.repeat(64),
        signedAt: '2026-03-01T10:00:00.000Z',
        signatoryName: 'Ana Petrova',
        signatoryTitle: 'Director',
        organisation: { id: 'org-1', name: 'ADC Memorial' },
        current: true,
      },
    });
  });

  it('reads in Russian, and an outdated signature says to sign again', () => {
    renderWithProviders(<SignatureReceipt statement={statement} signature={{ ...signature, current: false }} />, { lng: 'ru' });
    expect(screen.getByTestId('signature-receipt')).toHaveTextContent('АДЦ «Мемориал»: подписана версия 2, она уже не текущая');
    expect(screen.getByRole('button', { name: 'Скачать квитанцию' })).toBeInTheDocument();
  });
});
