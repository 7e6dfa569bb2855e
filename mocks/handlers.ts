import { http, HttpResponse, type HttpHandler } from 'msw';
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
