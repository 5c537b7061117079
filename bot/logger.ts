/** The structured logger the bot writes to (pino's interface; the server creates it). */
export type { Logger } from 'pino';
