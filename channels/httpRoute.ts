import type { RequestHandlerType } from 'restify';

/** One HTTP endpoint a channel serves; the server mounts the list it is given. */
export interface HttpRoute {
  method: 'get' | 'post';
  path: string;
  handlers: RequestHandlerType[];
}
