// The charts' drawings (Recharts) are imported on demand in the app, after the first paint. For
// the tests that render the app they are imported once before a file's tests, as they were while
// the app imported them statically, so that the first test does not spend its waiting time
// transforming Recharts. (The store's tests render no chart and skip this.)
await Promise.all([import('../src/components/charts/plots'), import('../src/features/forecast/residence-plot')]);
export {};
