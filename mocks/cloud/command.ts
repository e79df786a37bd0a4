import type {
  AnswerIn,
  BodyOut,
  ParamsOut,
  QueryOut,
  Route,
  SessionApp,
} from '@/api/contract/route';
import { advanceJobs } from './activation-jobs';
import {
  callerIdentity,
  resolveActor,
  type Access,
  type Actors,
  type Link,
  type Resolved,
} from './actors';
import { auditSnapshots, recordAudit, recordRefusal, type Touched } from './audit';
import { CloudError } from './errors';
import { idempotent } from './idempotency';
import type { Caller } from './sessions';
import type { CloudState } from './state';

/** What a command's body works with: the state, the time, and who it acts for (already checked). */
interface CommandContext<A extends Access> {
  readonly state: CloudState;
  readonly nowMs: number;
  readonly caller: Caller;
  readonly actor: Actors[A];
}

/** The parts of a request a command reads, once the route's schemas have parsed them. */
interface RequestParts<Rt extends Route> {
  readonly params: ParamsOut<Rt>;
  readonly query: QueryOut<Rt>;
  readonly body: BodyOut<Rt>;
}

/**
 * The route a command answers: the handlers are made from these (mocks/handlers/commands.ts), so
 * a new operation is its contract route, its command and its hook. Members are methods on purpose:
 * a list of all commands then holds them with their types erased, without casts.
 */
export interface HttpBinding<Rt extends Route, I> {
  readonly route: Rt;
  /** The command's input from the parsed request. */
  input(request: RequestParts<Rt>): I;
  /** A sign-in sets the app's session cookie from its answer; a sign-out clears it. */
  readonly cookie?: { readonly app: SessionApp; readonly on: 'sign-in' | 'sign-out' };
  /** Runs after the session check and before parsing, for a refusal that comes first (a 413). */
  screen?(request: Request): Promise<void>;
}

/** The names of an area's commands whose result is not their route's answer on the wire. */
export type NotAnsweringTheirRoute<Area> = {
  [Name in keyof Area]: Area[Name] extends {
    run(...args: never): infer R;
    readonly http?: { readonly route: infer Rt extends Route };
  }
    ? [Rt] extends [never]
      ? never
      : Awaited<R> extends AnswerIn<Rt>
        ? never
        : Name
    : never;
}[keyof Area];

interface WriteSpec<I, R, P> {
  /**
   * R22: a key counts for one route and one caller, `[<app>-<route>, <app>:<id>, key]`; a replay
   * gets the first answer and changes nothing. Checked after the role, so a key never lends an
   * answer to a caller the command refuses.
   */
  readonly idempotency?: {
    readonly route: string;
    fingerprint(input: I, prepared: P): unknown;
  };
  /**
   * The records the command changes, by id: read before it runs and again after, with its answer.
   * For a refusal (AU-1) only the ids count, and `prepared` is missing when it came before that.
   */
  touches(state: CloudState, input: I, answer: R | null, prepared: P | undefined): Touched;
}

/**
 * One command of the cloud. The wrapper (`perform`) does what every command needs, in this order:
 * find who the caller is signed in as and check the role (`access`), verify what takes time
 * (`prepare`, e.g. a file's signature), replay an answer for a repeated Idempotency-Key, bring the
 * activation jobs up to now, run, and record an audit event for a write. The daily tasks need no
 * catching up here: only `advanceClock` changes the day, and it runs each day's tasks (daily.ts).
 */
export interface Command<A extends Access, I, R, P = undefined, Rt extends Route = Route> {
  /** `<app>.<method>`, as the audit trail names it. */
  readonly name: string;
  readonly access: A;
  prepare?(input: I): Promise<P>;
  /** Present for every command that changes a record: it is audited. */
  readonly write?: WriteSpec<I, R, P>;
  run(context: CommandContext<A>, input: I, prepared: P): R;
  /** Absent for the few commands only the simulation calls in-process. */
  readonly http?: HttpBinding<Rt, I>;
}

/** Any command, its types erased: the list of all commands holds these. */
export type DeclaredCommand = Command<Access, unknown, unknown, unknown>;

/**
 * Declares a command. Write `run` before `write` and `http` in the object: TypeScript takes the
 * input's type from the first function whose parameter is annotated, and the later ones annotate none.
 */
export function command<A extends Access, I, R, P = undefined, Rt extends Route = never>(
  spec: Command<A, I, R, P, Rt>,
): Command<A, I, R, P, Rt> {
  return spec;
}

const internal = (message: string) => new CloudError(500, 'internal', message);

/** Runs a command for the model's caller (see Command for the steps). */
export function perform<A extends Access, I, R>(
  link: Link,
  spec: Command<A, I, R>,
  input: I,
  key: string | null = null,
): R {
  if (spec.prepare) throw internal(`${spec.name} must be run with performPrepared.`);
  try {
    return complete(link, spec, resolveActor(spec.access, link), input, undefined, key);
  } catch (error) {
    return refused(link, spec, input, undefined, error);
  }
}

/** The same for a command with an asynchronous `prepare`; the role is checked before it. */
export async function performPrepared<A extends Access, I, R, P>(
  link: Link,
  spec: Command<A, I, R, P>,
  input: I,
  key: string | null = null,
): Promise<R> {
  if (!spec.prepare) throw internal(`${spec.name} has nothing to prepare.`);
  let prepared: P | undefined;
  try {
    const resolved = resolveActor(spec.access, link);
    const ready = await spec.prepare(input);
    prepared = ready;
    return complete(link, spec, resolved, input, ready, key);
  } catch (error) {
    return refused(link, spec, input, prepared, error);
  }
}

/**
 * Runs any command, the handlers' way in: one with `prepare` answers a promise. The second
 * signature is the implementation's: a command's `prepared` is whatever its `prepare` gave, or
 * nothing when it has none.
 */
export function performCommand<A extends Access, I, R, P>(
  link: Link,
  spec: Command<A, I, R, P>,
  input: I,
  key: string | null,
): R | Promise<R>;
export function performCommand<A extends Access, I, R>(
  link: Link,
  spec: Command<A, I, R, unknown>,
  input: I,
  key: string | null,
): R | Promise<R> {
  if (spec.prepare) return performPrepared(link, spec, input, key);
  try {
    return complete(link, spec, resolveActor(spec.access, link), input, undefined, key);
  } catch (error) {
    return refused(link, spec, input, undefined, error);
  }
}

/**
 * AU-1: a write the rules or the role refuse is recorded with who tried it and why, then refused
 * as before. Not recorded: malformed input (400, from the route's schemas or the command's own
 * checks), callers who are not signed in (401: nobody to name) and the cloud's own failures.
 */
function refused<A extends Access, I, R, P>(
  link: Link,
  spec: Command<A, I, R, P>,
  input: I,
  prepared: P | undefined,
  error: unknown,
): never {
  const write = spec.write;
  if (write && error instanceof CloudError && error.status > 401 && error.status < 500) {
    const who = callerIdentity(spec.access, link);
    if (who) {
      const refusal = { status: error.status, code: error.code, message: error.message };
      const ids = touchedIds(() => write.touches(link.state, input, null, prepared));
      recordRefusal(link.state, {
        actor: who,
        command: spec.name,
        nowMs: link.now(),
        ids,
        refusal,
      });
    }
  }
  throw error;
}

/** The ids a refused command names; one that cannot say (a record it needs is missing) names none. */
function touchedIds(touches: () => Touched): string[] {
  try {
    return Object.keys(touches());
  } catch {
    return [];
  }
}

function complete<A extends Access, I, R, P>(
  link: Link,
  spec: Command<A, I, R, P>,
  { actor, who }: Resolved<Actors[A]>,
  input: I,
  prepared: P,
  key: string | null,
): R {
  const { state } = link;
  const write = spec.write;
  const execute = (): R => {
    const nowMs = link.now();
    advanceJobs(state, nowMs);
    const context = { state, nowMs, caller: link.caller, actor };
    if (!write) return spec.run(context, input, prepared);
    if (!who) throw internal(`${spec.name} writes without a signed-in actor.`);
    const before = auditSnapshots(write.touches(state, input, null, prepared));
    const answer = spec.run(context, input, prepared);
    const after = auditSnapshots(write.touches(state, input, answer, prepared));
    recordAudit(state, { actor: who, command: spec.name, nowMs, before, after });
    return answer;
  };
  const scoped = write?.idempotency;
  if (!scoped || !who || key === null) return execute();
  const scope = { route: `${who.app}-${scoped.route}`, caller: `${who.app}:${who.id}` };
  return idempotent(state, scope, key, scoped.fingerprint(input, prepared), execute);
}
