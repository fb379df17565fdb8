import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../test/render-with-providers';
import { ConfirmModal } from './confirm-modal';

describe('ConfirmModal', () => {
  it('starts on Cancel, confirms only on the confirm button, and shows a refusal inside', async () => {
    const user = userEvent.setup();
    const onConfirm = jest.fn();
    const onClose = jest.fn();
    const { rerender } = renderWithProviders(
      <ConfirmModal opened title="Remove member" text="Remove Ana?" confirmLabel="Remove" onConfirm={onConfirm} onClose={onClose} />,
    );
    const dialog = await screen.findByRole('dialog', { name: 'Remove member' });
    expect(dialog).toHaveTextContent('Remove Ana?');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus());
    await user.keyboard('{Enter}');
    expect(onConfirm).not.toHaveBeenCalled();
    expect(onClose).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Remove' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);

    rerender(
      <ConfirmModal opened title="Remove member" text="Remove Ana?" confirmLabel="Remove" onConfirm={onConfirm} onClose={onClose} error={new Error('boom')} disabled />,
    );
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove' })).toBeDisabled();
  });
});
