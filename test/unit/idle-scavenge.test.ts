import {setFlagsFromString} from 'node:v8';
import {describe, expect, it} from 'vitest';
import {COLLECT_FROM_SHARE, idleScavenger, shouldCollect, v8Collector, type Collector, type Nursery} from '../../source/app/idle-scavenge.js';

function fakeCollector(nursery: Nursery | undefined) {
	const tasks: Array<() => void> = [];
	let collections = 0;
	const collector: Collector = {
		readNursery: () => nursery,
		collect: () => {
			collections++;
		},
		later: task => {
			tasks.push(task);
		},
	};
	return {collector, runLater: () => tasks.splice(0).forEach(task => task()), collections: () => collections, waiting: () => tasks.length};
}

describe('collecting the young generation after a frame', () => {
	it('collects once the generation is a quarter full, not before', () => {
		const capacity = 1024 * 1024;
		expect(shouldCollect({used: capacity * COLLECT_FROM_SHARE, capacity})).toBe(true);
		expect(shouldCollect({used: capacity * COLLECT_FROM_SHARE - 1, capacity})).toBe(false);
		expect(shouldCollect({used: 0, capacity: 0})).toBe(false);
		expect(shouldCollect(undefined)).toBe(false);
	});

	it('waits for the turn to end, and collects once for frames written in the same turn', () => {
		const fake = fakeCollector({used: 900_000, capacity: 1_000_000});
		const afterFrame = idleScavenger(fake.collector);
		afterFrame();
		afterFrame();
		afterFrame();
		expect(fake.collections()).toBe(0);
		expect(fake.waiting()).toBe(1);
		fake.runLater();
		expect(fake.collections()).toBe(1);
		afterFrame();
		fake.runLater();
		expect(fake.collections()).toBe(2);
	});

	it('leaves a nearly empty generation alone', () => {
		const fake = fakeCollector({used: 10_000, capacity: 1_000_000});
		const afterFrame = idleScavenger(fake.collector);
		afterFrame();
		fake.runLater();
		expect(fake.collections()).toBe(0);
	});

	it("empties V8's young generation, with the flag sitrep sets at start", () => {
		setFlagsFromString('--expose-gc');
		const collector = v8Collector();
		let keep: unknown[] = [];
		for (let index = 0; index < 20_000; index++) keep.push({index});
		keep = [];
		const before = collector.readNursery()!;
		expect(before.capacity).toBeGreaterThan(0);
		collector.collect();
		const after = collector.readNursery()!;
		expect(after.used).toBeLessThan(before.used);
		expect(keep).toEqual([]);
	});
});
