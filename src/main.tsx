import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { loadMessages } from './i18n';
import { createAppStore } from './store';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

const store = createAppStore({ today: new Date() });

// The remembered language is loaded before the first paint, so a nynorsk or English reader
// never sees the page flash in bokmål; if it cannot be loaded, the page opens in bokmål.
void loadMessages(store.getState().ui.locale)
  .catch(() => undefined)
  .finally(() => {
    createRoot(root).render(
      <StrictMode>
        <App store={store} />
      </StrictMode>,
    );
  });
