import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { loadMessages } from './i18n';
import { createAppStore, openAppStorage, requestPersistentStorage } from './store';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

requestPersistentStorage();

// The stored state is read from IndexedDB (or localStorage) before the store is created; the
// remembered language is loaded before the first paint, so a nynorsk or English reader never
// sees the page flash in bokmål (if it cannot be loaded, the page opens in bokmål). The first
// writes (damaged text kept aside on opening) complete first too, so the notices say what is kept.
void openAppStorage().then(async (mirror) => {
  const store = createAppStore({ today: new Date(), mirror });
  await Promise.all([loadMessages(store.getState().ui.locale).catch(() => undefined), mirror?.settled()]);
  createRoot(root).render(
    <StrictMode>
      <App store={store} />
    </StrictMode>,
  );
});
