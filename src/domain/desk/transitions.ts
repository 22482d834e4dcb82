import type { ClosedBy, DeskAction, DeskRefusal, DeskRequest, OutboxKind, StaffMember } from './types';
import { DESK_LIMITS } from './limits';

/** The outcome of an action: the request after it (unchanged when nothing was to do), or why not. */
export type TransitionResult =
  | { readonly ok: true; readonly request: DeskRequest; readonly changed: boolean }
  | { readonly ok: false; readonly code: DeskRefusal; readonly request: DeskRequest };

const refuse = (request: DeskRequest, code: DeskRefusal): TransitionResult => ({ ok: false, code, request });
const same = (request: DeskRequest): TransitionResult => ({ ok: true, request, changed: false });

/** A changed request: version bumped, the things to tell queued in the outbox. */
function changed(request: DeskRequest, patch: Partial<DeskRequest>, tell: readonly OutboxKind[], now: Date): TransitionResult {
  const version = request.version + 1;
  const at = now.toISOString();
  const outbox = [...request.outbox, ...tell.map((kind) => ({ id: `${version}:${kind}`, kind, at }))];
  return { ok: true, changed: true, request: { ...request, ...patch, version, outbox } };
}

const isOwner = (request: DeskRequest, by: StaffMember): boolean => request.owner?.id === by.id;
/** Someone else holds it (assigned or reopened with an owner who is not `by`). */
const heldByOther = (request: DeskRequest, by: StaffMember): boolean =>
  (request.status === 'assigned' || request.status === 'reopened') && request.owner !== undefined && !isOwner(request, by);

const USER: ClosedBy = Object.freeze({ id: 'user', name: '' });
const AUTO: ClosedBy = Object.freeze({ id: 'auto', name: '' });

function close(request: DeskRequest, by: ClosedBy, tell: readonly OutboxKind[], now: Date): TransitionResult {
  return changed(request, { status: 'closed', closedAt: now.toISOString(), closedBy: by }, tell, now);
}

/**
 * The desk's state machine: open → assigned → answered → closed, with "still need help"
 * reopening an answered request. Pure: the caller reads and writes the store (with eTags),
 * so of two staff pressing "Assign to me" at once the second sees `taken` and who has it.
 */
export function transition(request: DeskRequest, action: DeskAction, now: Date): TransitionResult {
  const at = now.toISOString();
  const { status } = request;
  switch (action.kind) {
    case 'assign': {
      if (status === 'closed') return refuse(request, 'closed');
      if (status === 'answered') return refuse(request, 'answered');
      if (isOwner(request, action.by)) return same(request);
      if (heldByOther(request, action.by)) return refuse(request, 'taken');
      return changed(request, { status: 'assigned', owner: action.by, assignedAt: at }, ['update', 'taken'], now);
    }
    case 'release': {
      if (status === 'closed') return refuse(request, 'closed');
      if (status === 'answered') return refuse(request, 'answered');
      if (!request.owner) return refuse(request, 'not-assigned');
      if (!isOwner(request, action.by)) return refuse(request, 'not-owner');
      return changed(request, { status: status === 'reopened' ? 'reopened' : 'open', owner: undefined, assignedAt: undefined }, ['update'], now);
    }
    case 'answer': {
      if (!action.text.trim()) return refuse(request, 'empty-answer');
      if (status === 'closed') return refuse(request, 'closed');
      if (status === 'answered') return refuse(request, 'answered');
      if (heldByOther(request, action.by)) return refuse(request, 'taken');
      const answer = { text: action.text, by: action.by, at };
      return changed(
        request,
        { status: 'answered', owner: action.by, assignedAt: request.assignedAt ?? at, answer, firstAnswerAt: request.firstAnswerAt ?? at },
        ['update', 'answered'],
        now,
      );
    }
    case 'close': {
      if (status === 'closed') return same(request);
      if (heldByOther(request, action.by)) return refuse(request, 'taken');
      // Closed after an answer, the user already has what they need; without one, they are told.
      return close(request, action.by, status === 'answered' ? ['update'] : ['update', 'closed'], now);
    }
    case 'learn': {
      if (request.learned) return refuse(request, 'learned');
      if (!request.answer) return refuse(request, 'not-answered');
      return changed(request, { learned: { at, by: action.by, topic: action.topic } }, ['update'], now);
    }
    case 'reopen': {
      if (status === 'closed') return refuse(request, 'closed');
      if (status === 'reopened') return same(request);
      if (status !== 'answered') return refuse(request, 'not-answered');
      if (request.reopenCount >= DESK_LIMITS.maxReopens) return refuse(request, 'too-many-reopens');
      return changed(request, { status: 'reopened', reopenedAt: at, reopenCount: request.reopenCount + 1 }, ['update', 'reopened'], now);
    }
    case 'solved':
      return status === 'closed' ? same(request) : close(request, USER, ['update'], now);
    case 'expire':
      return status === 'answered' ? close(request, AUTO, ['update'], now) : same(request);
    default:
      return same(request);
  }
}
