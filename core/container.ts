import 'reflect-metadata';
import { container as rootContainer, type DependencyContainer } from 'tsyringe';

/**
 * A typed DI token. tsx (esbuild) emits no decorator metadata, so tsyringe cannot inject
 * by type: every constructor parameter carries `@inject(TOKEN)` with one of these.
 *
 * @example
 *   export const CAMPAIGN_SERVICE = token<CampaignService>('campaigns.service');
 *   constructor(@inject(CAMPAIGN_SERVICE) private readonly campaigns: CampaignService) {}
 */
export type Token<T> = symbol & { readonly __type?: T };

/** Makes a token; the description reads `<plugin>.<name>` so errors name the owner. */
export function token<T>(description: string): Token<T> {
  return Symbol(description) as Token<T>;
}

/** A container for one app instance, so several apps (tests) can live in one process. */
export function createContainer(): DependencyContainer {
  return rootContainer.createChildContainer();
}

/** Resolves a token with its type; a missing registration names the token. */
export function resolveToken<T>(container: DependencyContainer, key: Token<T>): T {
  if (!container.isRegistered(key, true)) {
    throw new Error(`nothing is registered for ${key.description ?? 'an unnamed token'}`);
  }
  return container.resolve<T>(key);
}

/** Registers a ready value under a token. */
export function provideValue<T>(container: DependencyContainer, key: Token<T>, value: T): void {
  container.register<T>(key, { useValue: value });
}
