import { Position } from '../event-store/event-store';
import { LiveWaiter } from '../event-store/live-waiter';

/**
 * Each projection's committed position as this process knows it, set by its worker after every batch commit.
 * A commit wakes whoever waits for a read model to pass a position, so they need not poll the checkpoints.
 */
export class ProjectionProgress {
  private readonly positions = new Map<string, Position>();
  private readonly commits = new LiveWaiter();

  /** observer: told of every commit (a projection thread tells the API thread). */
  constructor(private readonly observer?: (name: string, position: Position) => void) {}

  /** Counts commits: a waiter notes it before checking, and does not sleep if it moved meanwhile. */
  get generation(): number {
    return this.commits.generation;
  }

  /** The worker committed its checkpoint at `position` (or read it there on taking the projection). */
  committed(name: string, position: Position | undefined): void {
    if (position === undefined) return;
    this.positions.set(name, position);
    this.commits.wake();
    this.observer?.(name, position);
  }

  positionOf(name: string): Position | undefined {
    return this.positions.get(name);
  }

  /** Resolves at the next commit or the timeout; at once if a commit came after `since` was noted. */
  nextCommit(timeoutMs: number, since: number): Promise<void> {
    return this.commits.wait(timeoutMs, undefined, since);
  }
}
