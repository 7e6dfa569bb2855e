import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import municipalities from '../public/data/municipalities.json';
import nationalRecord from '../public/data/national-record.json';
import rates from '../public/data/rates.json';

/** The three reference files the app fetches, served from public/data as they are. */
export const handlers: HttpHandler[] = [
  http.get('*/data/rates.json', () => HttpResponse.json(rates)),
  http.get('*/data/national-record.json', () => HttpResponse.json(nationalRecord)),
  http.get('*/data/municipalities.json', () => HttpResponse.json(municipalities)),
];

/** A failure mode: the rates file is missing on the server (HTTP 404). */
export const ratesMissing: HttpHandler = http.get('*/data/rates.json', () =>
  HttpResponse.json({ message: 'Not Found' }, { status: 404, statusText: 'Not Found' }),
);

/** A failure mode: the request fails outright (no connection, as when the network is down). */
export const ratesNetworkError: HttpHandler = http.get('*/data/rates.json', () => HttpResponse.error());

/** A failure mode: the rates file arrives cut off, so its body is not valid JSON. */
export const ratesMalformed: HttpHandler = http.get(
  '*/data/rates.json',
  () => new HttpResponse('{"schemaVersion": 1, "edition": "2025-', { headers: { 'Content-Type': 'application/json' } }),
);

/** A failure mode: the rates file is valid JSON but not a rate table (fails the schema). */
export const ratesInvalid: HttpHandler = http.get('*/data/rates.json', () => HttpResponse.json({ ...rates, rates: 'none' }));

/** A failure mode: the municipality list never answers (until the app gives up and aborts). */
export const municipalitiesSlow: HttpHandler = http.get('*/data/municipalities.json', async () => {
  await delay('infinite');
  return HttpResponse.json(municipalities);
});
