import { getResponse, HttpResponse } from 'msw';
import { CloudSaver, type CloudStore } from '../cloud/cloud-saver';
import { cloud, networkFaults, resetCloud, setNetworkFaults } from '../cloud/instance';
import { readSavedCloud, restoreSavedCloud, serializeCloud } from '../cloud/saved-cloud';
import { handlers } from '../handlers';
import { isScenarioName, type ScenarioName } from '../scenarios';
import {
  tabMessageSchema,
  type CloudAnswer,
  type CloudEvent,
  type CloudStatus,
  type TabMessage,
} from './protocol';

/** Where the browser keeps its one simulated cloud. */
export interface HostStore extends CloudStore {
  read(): Promise<string | null>;
  /** Puts a saved cloud that cannot be used aside, so starting afresh does not destroy it. */
  keepUnusable(text: string): Promise<void>;
}

export interface HostOptions {
  /** The dev browser's realistic pace; the end-to-end build sets both to 0. */
  latencyMs: number;
  activationMsPerLicense: number;
  /** Beyond this many sensors the cloud is not kept across sessions (LM-8's benchmark fleet). */
  maxSavedSensors: number;
}

export interface CloudHost {
  /** A tab's port: the host answers its calls and tells it what other tabs changed. */
  connect(port: MessagePort): void;
}

type RequestMessage = Extract<TabMessage, { type: 'request' }>;
type HelloMessage = Extract<TabMessage, { type: 'hello' }>;

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The one simulated cloud of a browser (R24): every tab sends its `/api` requests here, so there
 * is one writer. A write is answered only once it is stored, so no acknowledged write is lost when
 * tabs close; the other tabs are told, so they show it without a reload.
 */
export function createCloudHost(store: HostStore, options: HostOptions): CloudHost {
  const ports = new Set<MessagePort>();
  let storageFull = false;
  let unusable: { message: string; copy: string } | null = null;
  let decided: Promise<void> | null = null;

  const tell = (event: CloudEvent, except?: MessagePort) => {
    for (const port of ports) if (port !== except) port.postMessage(event);
  };
  const saver = new CloudSaver(
    store,
    () => serializeCloud({ maxSensors: options.maxSavedSensors }),
    {
      onOutcome: (outcome) => {
        const full = outcome === 'storage-full';
        if (outcome !== 'unchanged' && full !== storageFull) {
          storageFull = full;
          tell({ type: 'storage', full });
        }
      },
    },
  );

  function startScenario(scenario: ScenarioName): void {
    const faults = scenario === 'slow-cloud' ? {} : { latencyMs: options.latencyMs };
    resetCloud(scenario, faults).state.settings.activationMsPerLicense =
      options.activationMsPerLicense;
    unusable = null;
  }

  /** The first tab decides: the stored cloud, else the copy localStorage still holds, else a seed. */
  async function decide(legacy: string | null): Promise<void> {
    let stored: string | null;
    try {
      stored = await store.read();
    } catch (error) {
      unusable = {
        message: `The browser's storage could not be read (${String(error)}).`,
        copy: '',
      };
      return;
    }
    const text = stored ?? legacy;
    if (text === null) return startScenario('typical-site');
    const read = readSavedCloud(text);
    if (!read.ok) {
      unusable = { message: read.message, copy: text };
      return store.keepUnusable(text).catch((error: unknown) => {
        console.error('The unusable saved cloud could not be put aside', error);
      });
    }
    if (read.saved.state) restoreSavedCloud(read.saved);
    else {
      startScenario(read.saved.scenario);
      setNetworkFaults(read.saved.faults);
    }
  }

  /** Stores the cloud; when that changed it, every other tab is told. */
  async function saveAfterWrite(writer: MessagePort): Promise<void> {
    try {
      if ((await saver.save()) === 'saved') tell({ type: 'changed' }, writer);
    } catch (error) {
      // Told like a full quota: the last good state is kept, and what changed lasts while a tab does.
      console.error('The simulated cloud could not be saved', error);
      if (!storageFull) {
        storageFull = true;
        tell({ type: 'storage', full: true });
      }
    }
  }

  function status(): CloudStatus {
    return unusable ? { status: 'unusable', ...unusable } : { status: 'ready', storageFull };
  }

  async function hello(message: HelloMessage, port: MessagePort): Promise<CloudStatus> {
    decided ??= decide(message.legacy);
    await decided;
    if (isScenarioName(message.scenario)) startScenario(message.scenario);
    if (unusable) return status();
    if (message.latencyMs !== null) {
      setNetworkFaults({ ...networkFaults(), latencyMs: message.latencyMs });
    }
    if (message.activationMsPerLicense !== null) {
      cloud().state.settings.activationMsPerLicense = message.activationMsPerLicense;
    }
    await saveAfterWrite(port);
    return status();
  }

  async function answer(message: RequestMessage, port: MessagePort): Promise<CloudAnswer> {
    decided ??= decide(null);
    await decided;
    // Nothing runs, and nothing is saved over the unusable copy, until the user starts afresh.
    if (unusable) {
      return answerOf(
        HttpResponse.json(
          { code: 'cloud_unusable', message: 'The saved simulated cloud cannot be used.' },
          { status: 503 },
        ),
      );
    }
    const request = new Request(message.url, {
      method: message.method,
      headers: message.headers,
      body: message.body,
    });
    const response = await respondTo(request);
    if (READS.has(message.method)) saver.saveSoon();
    else await saveAfterWrite(port);
    return answerOf(response);
  }

  async function handle(message: TabMessage, port: MessagePort): Promise<unknown> {
    switch (message.type) {
      case 'hello':
        return hello(message, port);
      case 'request':
        return answer(message, port);
      case 'reset':
        decided ??= decide(null);
        await decided;
        if (isScenarioName(message.scenario)) startScenario(message.scenario);
        if (!unusable) await saveAfterWrite(port);
        return status();
    }
  }

  return {
    connect(port) {
      ports.add(port);
      port.addEventListener('message', (event) => {
        const parsed = tabMessageSchema.safeParse(event.data);
        if (!parsed.success) {
          console.error('The simulated cloud ignored a message it does not know', event.data);
          return;
        }
        const message = parsed.data;
        handle(message, port).then(
          (reply) => message.reply.postMessage(reply, transferable(reply)),
          (error: unknown) => {
            console.error('The simulated cloud failed on a message', message.type, error);
            message.reply.postMessage(internalError());
          },
        );
      });
      port.start();
    },
  };
}

async function respondTo(request: Request): Promise<Response> {
  try {
    const response = await getResponse(handlers, request);
    if (response) return response;
    const { pathname } = new URL(request.url);
    return HttpResponse.json(
      { code: 'not_found', message: `No route ${request.method} ${pathname}.` },
      { status: 404 },
    );
  } catch (error) {
    // The stack stays in the console: the answer is the cloud's usual error body.
    console.error('The simulated cloud failed on', request.method, request.url, error);
    return HttpResponse.json(
      { code: 'internal_error', message: 'The simulated cloud failed on this request.' },
      { status: 500 },
    );
  }
}

async function answerOf(response: Response): Promise<CloudAnswer> {
  if (response.type === 'error') return { networkError: true };
  return {
    status: response.status,
    statusText: response.statusText,
    headers: [...response.headers],
    body: await response.arrayBuffer(),
  };
}

function internalError(): CloudAnswer {
  const body = new TextEncoder().encode(
    JSON.stringify({ code: 'internal_error', message: 'The simulated cloud failed.' }),
  );
  return {
    status: 500,
    statusText: 'Internal Server Error',
    headers: [['content-type', 'application/json']],
    body: body.buffer,
  };
}

function transferable(reply: unknown): Transferable[] {
  return typeof reply === 'object' &&
    reply !== null &&
    'body' in reply &&
    reply.body instanceof ArrayBuffer
    ? [reply.body]
    : [];
}
