import { INestApplication, RequestMethod, VERSION_NEUTRAL } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, VERSION_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { ROUTE_ACCESS } from './access';
import type { RouteAccess } from './access';

export interface RouteInfo {
  method: string;
  path: string;
  access: RouteAccess | undefined;
}

const join = (...parts: string[]) =>
  `/${parts
    .map((part) => part.replace(/^\/|\/$/g, ''))
    .filter(Boolean)
    .join('/')}`;

/**
 * Every route of the application with the access it declares, read from the controllers' metadata
 * (so a new route shows up here without anyone listing it). Paths include the /api prefix and version.
 */
export function listRoutes(app: INestApplication, defaultVersion = '1'): RouteInfo[] {
  const discovery = app.get(DiscoveryService);
  const reflector = app.get(Reflector);
  const scanner = new MetadataScanner();
  const routes: RouteInfo[] = [];
  for (const wrapper of discovery.getControllers()) {
    const instance = wrapper.instance as Record<string, unknown> | undefined;
    if (!instance || !wrapper.metatype) continue;
    const controller = wrapper.metatype;
    const controllerPath = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
    const controllerVersion = Reflect.getMetadata(VERSION_METADATA, controller);
    for (const name of scanner.getAllMethodNames(Object.getPrototypeOf(instance))) {
      const handler = instance[name] as object;
      const methodPath = Reflect.getMetadata(PATH_METADATA, handler);
      if (methodPath === undefined) continue;
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
      const version = Reflect.getMetadata(VERSION_METADATA, handler) ?? controllerVersion ?? defaultVersion;
      const versionPart = version === VERSION_NEUTRAL ? '' : `v${String(version)}`;
      routes.push({
        method,
        path: join('api', versionPart, controllerPath, String(methodPath)),
        access: reflector.getAllAndOverride<RouteAccess | undefined>(ROUTE_ACCESS, [
          handler as never,
          controller,
        ]),
      });
    }
  }
  return routes.sort((a, b) => `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`));
}
