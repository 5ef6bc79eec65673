export { AccountModule } from './account.module';
export { DELETED_USER_NAME, USER_COLUMNS } from './personal-data';
