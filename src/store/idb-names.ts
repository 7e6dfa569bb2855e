/** The IndexedDB database and object store of the app's data (a module of its own, so the browser tests can read them without the store). */
export const DB_NAME = 'bosettingsplan';
export const DB_STORE = 'keyval';
