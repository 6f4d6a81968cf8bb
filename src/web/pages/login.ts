/** The sign-in form. */
import { login, ApiError } from '../api.js';
import { h } from '../dom.js';

export async function loginPage(onDone: () => void): Promise<Node> {
  const status = h('p', { class: 'form-status', role: 'status', 'aria-live': 'polite' });
  const name = h('input', { id: 'login-name', name: 'name', autocomplete: 'username', required: true });
  const password = h('input', { id: 'login-password', name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const form = h('form', { class: 'login-form', 'aria-labelledby': 'login-h' },
    h('h1', { id: 'login-h' }, 'Sign in to Brink'),
    h('div', { class: 'field' }, h('label', { for: 'login-name' }, 'Name'), name),
    h('div', { class: 'field' }, h('label', { for: 'login-password' }, 'Password'), password),
    h('button', { type: 'submit', class: 'btn btn-primary' }, 'Sign in'),
    status);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    status.textContent = 'Signing in…';
    login(name.value, password.value).then(() => {
      status.textContent = '';
      onDone();
    }, (err: unknown) => {
      status.textContent = err instanceof ApiError && err.status === 401 ? 'Wrong name or password.' : `Sign-in failed: ${err instanceof Error ? err.message : String(err)}`;
      password.value = '';
      password.focus();
    });
  });
  return h('div', { class: 'login-wrap' }, form);
}
