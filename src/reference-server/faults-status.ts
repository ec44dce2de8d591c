/** Faults in the status a request gets: wrong successes, wrong refusals and server errors. */
import type { Fault } from './faults';
import { answerAs, answerAsPathProject, computeFault, isShareReply, isUnknownShareId, requestedShare, shareReply } from './reply-edits';
import { jsonReply } from './routes';

export const STATUS_FAULTS: readonly Fault[] = [
  {
    name: 'unknown-id-200',
    area: 'status',
    description: 'returns 200 with {"shared": null} for a share id that does not exist',
    fails: ['SHOW-404-UNKNOWN-ID'],
    apply: (reply, probe, { store }) => (reply.status === 404 && isUnknownShareId(store, probe) ? jsonReply(200, { shared: null }) : reply),
  },
  {
    name: 'unknown-id-500',
    area: 'status',
    description: 'returns 500 for a share id that does not exist',
    fails: ['SHOW-404-UNKNOWN-ID', 'SHOW-NO-5XX'],
    apply: (reply, probe, { store }) => (reply.status === 404 && isUnknownShareId(store, probe) ? computeFault() : reply),
  },
  {
    name: 'malformed-id-500',
    area: 'status',
    description: 'returns 500 instead of 400 for a share id that is not a UUID',
    fails: ['SHOW-4XX-MALFORMED-ID', 'SHOW-NO-5XX'],
    apply: (reply) => (reply.status === 400 ? computeFault() : reply),
  },
  {
    name: 'no-token-200',
    area: 'status',
    description: 'skips authentication when the request has no token and returns the share',
    fails: ['SHOW-401-NO-TOKEN'],
    apply: (reply, probe, { store }) => (reply.status === 401 && !probe.headers['x-auth-token'] ? answerAsPathProject(store, probe, reply) : reply),
  },
  {
    name: 'bad-token-200',
    area: 'status',
    description: 'accepts any token and returns the share',
    fails: ['SHOW-401-BAD-TOKEN'],
    apply: (reply, probe, { store }) => (reply.status === 401 && probe.headers['x-auth-token'] ? answerAsPathProject(store, probe, reply) : reply),
  },
  {
    name: 'bad-token-403',
    area: 'status',
    description: 'returns 403 instead of 401 for an invalid token',
    fails: ['SHOW-401-BAD-TOKEN'],
    apply: (reply, probe) =>
      reply.status === 401 && probe.headers['x-auth-token'] ? jsonReply(403, { error: { code: 'VolumeBackup.0043', message: 'Access to the backup share is forbidden.' } }) : reply,
  },
  {
    name: 'other-project-share-returned',
    area: 'status',
    description: "returns a share between two other projects instead of hiding it",
    fails: ['SHOW-403-OTHER-PROJECT'],
    apply: (reply, probe, { store }) => {
      const share = reply.status === 404 ? requestedShare(store, probe) : undefined;
      return share ? shareReply(share) : reply;
    },
  },
  {
    name: 'refusal-reveals-share',
    area: 'status',
    description: "rejects another project's share with 404 but puts the share in the error body",
    fails: ['SHOW-403-OTHER-PROJECT'],
    apply: (reply, probe, { store }) => {
      const share = reply.status === 404 ? requestedShare(store, probe) : undefined;
      if (!share) return reply;
      return jsonReply(404, { error: { code: 'VolumeBackup.0044', message: 'The backup share is not shared with this project.' }, shared: share.shared });
    },
  },
  {
    name: 'unsupported-method-200',
    area: 'status',
    description: 'handles PUT, PATCH and POST on a share like GET',
    fails: ['SHOW-405-METHOD'],
    apply: (reply, probe, { store }) => (reply.status === 405 ? answerAs(store, probe, { method: 'GET' }) : reply),
  },
  {
    name: 'existing-share-404',
    area: 'status',
    description: 'returns 404 itemNotFound for a share the project can see',
    fails: ['SHOW-200-STATUS', 'SHOW-200-SCHEMA'],
    apply: (reply) => (isShareReply(reply) ? jsonReply(404, { itemNotFound: { code: 404, message: 'Backup share could not be found.' } }) : reply),
  },
];
