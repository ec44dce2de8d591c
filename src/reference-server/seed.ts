/**
 * Seed data of the embedded reference server. The first share is the API page's example body;
 * the others cover a second project pair and every known backup status.
 */
import { BACKUP_STATUSES } from '../contract/backup-status';

export interface SeedProject {
  id: string;
  /** Token that the reference server accepts for this project. Not a real credential. */
  token: string;
}

export const DOC_EXAMPLE_FROM: SeedProject = {
  id: 'c13f5220dc1949b0b741ea81a7cd5554',
  token: 'reference-token-c13f5220-owner',
};
export const DOC_EXAMPLE_TO: SeedProject = {
  id: '722513ed0a324dadaabe5b2d0fe848c9',
  token: 'reference-token-722513ed-recipient',
};
/** A project pair unrelated to the two above, so visibility across projects can be probed. */
export const OTHER_PAIR_FROM: SeedProject = {
  id: '17fbda95add24720a4038ba4b1c705ed',
  token: 'reference-token-17fbda95-owner',
};
export const OTHER_PAIR_TO: SeedProject = {
  id: '91d687759aed45d28b5f6084bc2fa8ad',
  token: 'reference-token-91d68775-recipient',
};

export const SEED_PROJECTS: readonly SeedProject[] = [DOC_EXAMPLE_FROM, DOC_EXAMPLE_TO, OTHER_PAIR_FROM, OTHER_PAIR_TO];

export const DOC_EXAMPLE_SHARE_ID = '8332443e-9866-41d8-8a58-a898cf5db030';
export const OTHER_PAIR_SHARE_ID = 'ac0fb374-a288-4399-ac63-cc080a13a2ee';
/** A share whose body follows the response table as written, so the documented profile passes on it. */
export const DOCUMENTED_SHARE_ID = 'b1e5a7c2-4f0d-4e8a-9c3b-6d2f1a0e9b74';

export type ShareRecord = { shared: Record<string, unknown> & { id: string; from_project_id: string; to_project_id: string } };

function docExampleShare(): ShareRecord {
  return {
    shared: {
      backup: {
        availability_zone: 'AZ1',
        container: null,
        created_at: '2017-08-08T04:03:27.000000',
        data_timestamp: '2017-08-08T04:03:27.000000',
        description: null,
        fail_reason: 'Invalid InitiatorConnector protocol specified DSWARE',
        has_dependent_backups: null,
        id: '066b1e37-9305-4057-97e5-2e99b21fc71d',
        is_incremental: null,
        name: 'lbf',
        object_count: 0,
        size: 1,
        snapshot_id: null,
        status: 'available',
        updated_at: '2017-08-16T07:24:24.786297',
        volume_id: 'a7d7783f-02b7-4645-b0e3-61df63f0ba10',
        service_metadata: null,
      },
      backup_id: '066b1e37-9305-4057-97e5-2e99b21fc71d',
      created_at: '2017-08-22T08:43:16.699374',
      from_project_id: DOC_EXAMPLE_FROM.id,
      id: DOC_EXAMPLE_SHARE_ID,
      to_project_id: DOC_EXAMPLE_TO.id,
      updated_at: null,
    },
  };
}

function otherPairShare(): ShareRecord {
  return {
    shared: {
      backup: {
        availability_zone: 'eu-de-01',
        container: 'a704c75f-f0d1-4efa-9fd6-7557fe1ee8d3',
        created_at: '2019-03-01T10:00:00.000000',
        data_timestamp: '2019-03-01T10:00:00.000000',
        description: 'nightly',
        fail_reason: null,
        has_dependent_backups: false,
        id: '87566ed6-72cb-4053-aa6e-6f6216b3d507',
        is_incremental: false,
        name: 'c2c-test-backup',
        object_count: 12,
        size: 10,
        snapshot_id: 'a704c75f-f0d1-4efa-9fd6-7557fe1ee8d3',
        status: 'available',
        updated_at: '2019-03-01T10:05:00.000000',
        volume_id: '5024a06e-6990-4f12-9dcc-8fe26b01a710',
        service_metadata: null,
      },
      backup_id: '87566ed6-72cb-4053-aa6e-6f6216b3d507',
      created_at: '2019-03-02T08:00:00.000000',
      from_project_id: OTHER_PAIR_FROM.id,
      id: OTHER_PAIR_SHARE_ID,
      to_project_id: OTHER_PAIR_TO.id,
      updated_at: '2019-03-02T09:00:00.000000',
    },
  };
}

/**
 * Every field of the response table present, non-null and of its table type, with the table's
 * singular `has_dependent_backup`: the body the documented profile describes.
 */
function documentedShare(): ShareRecord {
  return {
    shared: {
      backup: {
        availability_zone: 'eu-de-01',
        container: 'b1e5a7c2-4f0d-4e8a-9c3b-6d2f1a0e9b74',
        created_at: '2021-05-04T09:30:00.000000',
        data_timestamp: '2021-05-04T09:30:00.000000',
        description: 'weekly',
        fail_reason: '',
        has_dependent_backup: false,
        id: 'c7a1d3e5-9b2f-4c6d-8e0a-1f3b5d7e9a2c',
        is_incremental: false,
        name: 'weekly-backup',
        object_count: 4,
        size: 20,
        snapshot_id: 'e2f4a6b8-0c1d-4e3f-9a5b-7c9d1e3f5a7b',
        status: 'available',
        updated_at: '2021-05-04T09:45:00.000000',
        volume_id: 'a7d7783f-02b7-4645-b0e3-61df63f0ba10',
        service_metadata: '{"progress": "100"}',
      },
      backup_id: 'c7a1d3e5-9b2f-4c6d-8e0a-1f3b5d7e9a2c',
      created_at: '2021-05-05T08:00:00.000000',
      from_project_id: DOC_EXAMPLE_FROM.id,
      id: DOCUMENTED_SHARE_ID,
      to_project_id: DOC_EXAMPLE_TO.id,
      updated_at: '2021-05-05T08:00:00.000000',
    },
  };
}

/** Share ids of the per-status seeds: a fixed prefix and the status index, so they stay stable. */
export function statusShareId(index: number): string {
  return `5eed0000-0000-4000-8000-${index.toString(16).padStart(12, '0')}`;
}

function statusShares(): ShareRecord[] {
  return BACKUP_STATUSES.map((status, index) => {
    const backupId = `bac00000-0000-4000-8000-${index.toString(16).padStart(12, '0')}`;
    return {
      shared: {
        backup: {
          availability_zone: 'eu-de-02',
          container: null,
          created_at: '2020-01-01T00:00:00.000000',
          data_timestamp: '2020-01-01T00:00:00.000000',
          description: null,
          fail_reason: status.startsWith('error') ? 'simulated failure' : null,
          has_dependent_backups: false,
          id: backupId,
          is_incremental: index % 2 === 1,
          name: `backup-${status}`,
          object_count: index,
          size: index + 1,
          snapshot_id: null,
          status,
          updated_at: '2020-01-01T00:10:00.000000',
          volume_id: 'a7d7783f-02b7-4645-b0e3-61df63f0ba10',
          service_metadata: null,
        },
        backup_id: backupId,
        created_at: '2020-01-02T00:00:00.000000',
        from_project_id: DOC_EXAMPLE_FROM.id,
        id: statusShareId(index),
        to_project_id: DOC_EXAMPLE_TO.id,
        updated_at: '2020-01-02T00:00:00.000000',
      },
    };
  });
}

/** Returns a fresh copy of every seeded share, so a server instance can never alter another's. */
export function seedShares(): ShareRecord[] {
  return [docExampleShare(), otherPairShare(), ...statusShares(), documentedShare()];
}
