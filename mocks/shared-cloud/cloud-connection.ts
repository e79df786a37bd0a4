import { HttpResponse } from 'msw';
import {
  cloudAnswerSchema,
  cloudEventSchema,
  cloudStatusSchema,
  type CloudEvent,
  type CloudStatus,
  type TabMessage,
} from './protocol';

type Outgoing<M = TabMessage> = M extends TabMessage ? Omit<M, 'reply'> : never;
export type Hello = Omit<Extract<TabMessage, { type: 'hello' }>, 'type' | 'reply'>;

/** Statuses whose response has no body (the Response constructor refuses one). */
const NO_BODY = new Set([101, 103, 204, 205, 304]);

/** A tab's line to the browser's one simulated cloud (R24). */
export class CloudConnection {
  private readonly listeners = new Set<(event: CloudEvent) => void>();

  /** `failed` rejects when the cloud cannot run at all (its worker did not start). */
  constructor(
    private readonly port: MessagePort,
    private readonly failed: Promise<never> = new Promise(() => undefined),
  ) {
    port.addEventListener('message', (event) => {
      const parsed = cloudEventSchema.safeParse(event.data);
      if (parsed.success) for (const listener of this.listeners) listener(parsed.data);
    });
    port.start();
  }

  /** What the cloud tells every tab: another tab's change, the state of storage. */
  onEvent(listener: (event: CloudEvent) => void): void {
    this.listeners.add(listener);
  }

  private call(message: Outgoing, transfer: Transferable[] = []): Promise<unknown> {
    const { port1, port2 } = new MessageChannel();
    const answered = new Promise<unknown>((resolve) => {
      port1.addEventListener(
        'message',
        (event) => {
          port1.close();
          resolve(event.data);
        },
        { once: true },
      );
      port1.start();
    });
    this.port.postMessage({ ...message, reply: port2 }, [port2, ...transfer]);
    return Promise.race([answered, this.failed]);
  }

  async hello(hello: Hello): Promise<CloudStatus> {
    return cloudStatusSchema.parse(await this.call({ type: 'hello', ...hello }));
  }

  async reset(scenario: string): Promise<CloudStatus> {
    return cloudStatusSchema.parse(await this.call({ type: 'reset', scenario }));
  }

  /** Sends a request the tab's MSW service worker caught, and gives back the cloud's answer. */
  async forward(request: Request): Promise<Response> {
    const body =
      request.method === 'GET' || request.method === 'HEAD' ? null : await request.arrayBuffer();
    const answer = cloudAnswerSchema.parse(
      await this.call(
        {
          type: 'request',
          method: request.method,
          url: request.url,
          headers: [...request.headers],
          body,
        },
        body ? [body] : [],
      ),
    );
    if ('networkError' in answer) return HttpResponse.error();
    return new HttpResponse(NO_BODY.has(answer.status) ? null : answer.body, {
      status: answer.status,
      statusText: answer.statusText,
      headers: answer.headers,
    });
  }
}
