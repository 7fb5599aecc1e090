import type { Response } from 'supertest';

/** The response is a problem+json 400 whose problems include `parameter` with the value given. */
export function expectBadParameter(response: Response, parameter: string, value: unknown): void {
  expect(response.status).toBe(400);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({ status: 400, code: 'invalid_input' });
  expect(response.body.errors).toContainEqual(expect.objectContaining({ parameter, value }));
  expect(JSON.stringify(response.body)).not.toMatch(/select |\bat [\w.]+ \(/);
}

export function expectNotFound(response: Response): void {
  expect(response.status).toBe(404);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({ status: 404, code: 'not_found' });
}
