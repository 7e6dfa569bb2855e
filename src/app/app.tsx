import { StoreProvider, type AppStore } from '../store';
import { Shell } from './shell';
import './app.css';

/** The whole app over a given store (the page creates one; tests create their own). */
export function App({ store }: { readonly store: AppStore }) {
  return (
    <StoreProvider store={store}>
      <Shell />
    </StoreProvider>
  );
}
