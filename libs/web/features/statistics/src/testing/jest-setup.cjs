// jsdom lays nothing out, so every chart measures 0×0 and recharts warns about it on each render;
// the charts' data is tested through their text alternatives and tables instead.
/* global jest, console -- Jest's globals in a setup file */
const warn = console.warn;
jest.spyOn(console, 'warn').mockImplementation((message, ...rest) => {
  if (typeof message === 'string' && message.startsWith('The width(0) and height(0) of chart')) return;
  warn(message, ...rest);
});
