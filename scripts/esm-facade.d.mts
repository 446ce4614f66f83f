export function esmFacade(specifier: string, exports: object): string;
export function withProductionEnvironment<T>(load: () => T): T;
