import { test, expect } from '@playwright/test';
import { handleRequest, type ShareStore } from '../../src/reference-server/routes';
import { DOC_EXAMPLE_FROM, DOC_EXAMPLE_SHARE_ID, DOC_EXAMPLE_TO, OTHER_PAIR_SHARE_ID, SEED_PROJECTS, seedShares, statusShareId } from '../../src/reference-server/seed';
import { BACKUP_STATUSES } from '../../src/contract/backup-status';

const store: ShareStore = { projects: SEED_PROJECTS, shares: seedShares() };

function get(projectId: string, segment: string, token: string | null = DOC_EXAMPLE_FROM.token, method = 'GET') {
  const reply = handleRequest(store, { method, rawPath: `/v2/${projectId}/os-vendor-backup-sharing/${segment}`, headers: { 'x-auth-token': token ?? undefined } });
  return { ...reply, json: JSON.parse(reply.body) as Record<string, unknown> };
}

test.describe('reference server routes', () => {
  test('doc example share for both parties', () => {
    for (const project of [DOC_EXAMPLE_FROM, DOC_EXAMPLE_TO]) {
      const reply = get(project.id, DOC_EXAMPLE_SHARE_ID, project.token);

      expect(reply.status).toBe(200);
      expect(reply.headers['content-type']).toBe('application/json');
      expect((reply.json.shared as { id: string }).id).toBe(DOC_EXAMPLE_SHARE_ID);
    }
  });

  test('seeds cover every backup status', () => {
    const statuses = BACKUP_STATUSES.map((_, index) => {
      const reply = get(DOC_EXAMPLE_FROM.id, statusShareId(index));
      return (reply.json.shared as { backup: { status: string } }).backup.status;
    });

    expect(statuses).toEqual([...BACKUP_STATUSES]);
  });

  test('missing or wrong token gives gateway 401', () => {
    for (const token of [null, 'wrong-token']) {
      const reply = get(DOC_EXAMPLE_FROM.id, DOC_EXAMPLE_SHARE_ID, token);

      expect(reply.status).toBe(401);
      expect(reply.json.error_code).toBe('APIG.0301');
    }
  });

  test('unknown id gives itemNotFound', () => {
    const reply = get(DOC_EXAMPLE_FROM.id, '00000000-0000-4000-8000-000000000000');

    expect(reply.status).toBe(404);
    expect(reply.json).toEqual({ itemNotFound: { code: 404, message: expect.any(String) } });
  });

  test("other pair's share is hidden", () => {
    expect(get(DOC_EXAMPLE_FROM.id, OTHER_PAIR_SHARE_ID).status).toBe(404);
  });

  test('malformed id gives badRequest', () => {
    for (const segment of ['abc', '..%2Fdetail', '%E0%A4%A']) {
      const reply = get(DOC_EXAMPLE_FROM.id, segment);

      expect(reply.status, segment).toBe(400);
      expect(Object.keys(reply.json), segment).toEqual(['badRequest']);
    }
  });

  test('unsupported methods give 405', () => {
    for (const method of ['PUT', 'PATCH', 'POST', 'DELETE']) {
      const reply = get(DOC_EXAMPLE_FROM.id, DOC_EXAMPLE_SHARE_ID, DOC_EXAMPLE_FROM.token, method);

      expect(reply.status, method).toBe(405);
      expect(reply.headers.allow).toBe('GET, HEAD');
    }
  });

  test('token for another project gives 403', () => {
    expect(get(DOC_EXAMPLE_TO.id, DOC_EXAMPLE_SHARE_ID, DOC_EXAMPLE_FROM.token).status).toBe(403);
  });
});
