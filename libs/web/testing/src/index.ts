export { bytesOf, captureDownloads, textOf } from './downloads';
export { anna, fakeApi, requestsTo } from './fake-api';
