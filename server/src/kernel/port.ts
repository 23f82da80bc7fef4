/**
 * A function one module calls and a module above it provides. The calling module declares the port; the
 * composition root (`app/wiring.ts`) plugs the provider in, so neither module imports the other. Calling a port
 * nobody provided is a programming error and says so.
 */
export interface Port<F extends (...args: any[]) => any> {
  (...args: Parameters<F>): ReturnType<F>;
  provide(implementation: F): void;
}

export function port<F extends (...args: any[]) => any>(name: string): Port<F> {
  let implementation: F | undefined;
  const call = ((...args: Parameters<F>) => {
    if (!implementation) throw new Error(`The port '${name}' has no provider: app/wiring.ts plugs it in.`);
    return implementation(...args);
  }) as Port<F>;
  call.provide = (provided) => {
    implementation = provided;
  };
  return call;
}
