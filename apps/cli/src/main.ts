import 'reflect-metadata';
import { generateMigration, revertLastMigration, runMigrations } from '@videnbro/database';
import { HttpException } from '@nestjs/common';
import { resetDemoData, seedDemoData } from '@videnbro/demo-data';
import { parseArgs } from 'node:util';
import { withDatabase } from './database-url';
import { runImport } from './import.command';
import { parseRoles, readPasswordFromStdin, withServices } from './users.commands';

const USAGE = `Usage: npm run cli -- <command> [options]

  db:migrate                         run pending migrations
  db:revert                          revert the last migration
  migration:generate <Name>          write a migration for the entities' schema changes
  user:create --email E [--password P] [--name N] [--role admin|programme] [--locale da|en]
                                     create a user (the password is read from stdin when not given)
  user:set-role --email E --role R   set platform roles (repeat --role; --role none clears them)
  seed [--if-empty] [--reset]        add the demo accounts, organisations, postings and cluster
                                     memberships that are missing (--if-empty: only into a database
                                     without users, as \`npm start\` does on its first start; --reset:
                                     remove the demo data first, never touching other rows)
  import <file> [--dry-run] [--atomic] [--report report.json] [--format jsonl|csv]
                                     import organisations, competencies and needs (JSONL, one record a
                                     line; or organisations as CSV with the header
                                     externalId,name,kind,country,region,municipality,city,cvr,employees,
                                     nace,website,description,tags — nace and tags separated by ;),
                                     upserted by externalId; exit code 1 when any line failed

Works on DATABASE_URL, or on the embedded database under .data when it is unset.`;

async function run(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      email: { type: 'string' },
      password: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string', multiple: true },
      locale: { type: 'string' },
      'if-empty': { type: 'boolean' },
      reset: { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      atomic: { type: 'boolean' },
      report: { type: 'string' },
      format: { type: 'string' },
    },
  });
  switch (command) {
    case 'db:migrate': {
      const ran = await withDatabase(runMigrations);
      console.log(
        ran.length ? `Ran ${ran.length} migration(s): ${ran.join(', ')}` : 'The database is up to date.',
      );
      return;
    }
    case 'db:revert':
      await withDatabase(revertLastMigration);
      console.log('Reverted the last migration.');
      return;
    case 'migration:generate': {
      const name = positionals[0];
      if (!name) throw new Error('Give the migration a name, e.g. migration:generate AddNeeds');
      const file = await withDatabase((url) => generateMigration(url, name));
      console.log(file ? `Wrote ${file}` : 'No schema changes: nothing to generate.');
      return;
    }
    case 'user:create': {
      if (!values.email) throw new Error('--email is required');
      const password = values.password ?? (await readPasswordFromStdin());
      const locale = values.locale === 'en' ? 'en' : 'da';
      const user = await withDatabase((url) =>
        withServices(url, ({ users }) =>
          users.create({
            email: values.email as string,
            password,
            name: values.name ?? (values.email as string).split('@')[0],
            locale,
            roles: parseRoles(values.role ?? []),
          }),
        ),
      );
      console.log(
        `Created ${user.email} (${user.id})${user.roles.length ? ` with role ${user.roles.join(', ')}` : ''}.`,
      );
      return;
    }
    case 'user:set-role': {
      if (!values.email || !values.role) throw new Error('--email and --role are required');
      const roles = parseRoles(values.role);
      const user = await withDatabase((url) =>
        withServices(url, ({ users }) => users.setRoles(values.email as string, roles)),
      );
      console.log(`${user.email} now has role(s): ${user.roles.join(', ') || 'none'}.`);
      return;
    }
    case 'seed': {
      let started = 0;
      const result = await withDatabase((url) =>
        withServices(url, async (services) => {
          if (values['if-empty'] && (await services.users.count()) > 0) return null;
          started = performance.now();
          if (values.reset) {
            const removed = await resetDemoData(services.dataSource);
            console.log(
              `Removed demo data: ${removed.removedOrganizations} organisation(s), ${removed.removedNeeds} need(s), ` +
                `${removed.removedCompetencies} competence(s).`,
            );
          }
          return seedDemoData(services);
        }),
      );
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(
        result
          ? `Demo data: ${result.createdUsers} account(s) created, ${result.createdOrganizations} organisation(s), ` +
              `${result.createdNeeds} need(s), ${result.createdCompetencies} competence(s), ` +
              `${result.createdClusterMemberships} cluster membership(s), ${result.createdActivities} activities ` +
              `with ${result.createdParticipations} participation(s), ${result.createdFundingRecords} funding record(s) ` +
              `in ${seconds} s.`
          : 'The database has users: no demo data added.',
      );
      return;
    }
    case 'import': {
      const file = positionals[0];
      if (!file) throw new Error('Give the file to import, e.g. import data.jsonl');
      const report = await withDatabase((url) =>
        runImport(url, {
          file,
          dryRun: values['dry-run'] ?? false,
          atomic: values.atomic ?? false,
          report: values.report,
          format: values.format,
        }),
      );
      if (report.failed) process.exitCode = 1;
      return;
    }
    default:
      console.log(USAGE);
      if (command && command !== 'help' && command !== '--help') process.exitCode = 2;
  }
}

run(process.argv.slice(2)).catch((error: unknown) => {
  const details =
    error instanceof HttpException
      ? (error.getResponse() as { details?: { message: string }[] }).details
      : undefined;
  console.error(
    `Error: ${details?.[0]?.message ?? (error instanceof Error ? error.message : String(error))}`,
  );
  process.exitCode = 1;
});
