/**
 * Fixtures for self-tests that run the suite against reference servers they start themselves.
 * `startServer` listens on 127.0.0.1 and a free port, and every server it started is closed after
 * the test, also when an assertion failed. `workDir` is a temporary folder, removed afterwards.
 */
import fs from 'node:fs';
import type http from 'node:http';
import { test as base } from '@playwright/test';
import { type ReferenceServerOptions, createReferenceServer, listen } from '../../src/reference-server/server';
import { workDirFixture } from './harness-run';

interface ServerFixtures {
  /** Starts a reference server and resolves with its base URL. */
  startServer: (options?: ReferenceServerOptions) => Promise<string>;
  workDir: string;
}

export const test = base.extend<ServerFixtures>({
  startServer: async ({}, use) => {
    const servers: http.Server[] = [];
    await use(async (options) => {
      const server = createReferenceServer(options);
      servers.push(server);
      return listen(server);
    });
    for (const server of servers) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  },
  workDir: workDirFixture,
});

export { expect } from '@playwright/test';
