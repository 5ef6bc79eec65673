export { anna, fakeApi, requestsTo } from './fake-api';
