// Type helpers that read a generated operation (paths[path][method]) of src/lib/api/schema.d.ts: its JSON response
// bodies, request body and query. Every alias of an API shape is built with them, never written by hand.
export type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;
export type OkBody<Op> = Op extends { responses: infer R } ? (R extends { 200: infer Ok } ? Json<Ok> : never) : never;
export type CreatedBody<Op> = Op extends { responses: infer R } ? (R extends { 201: infer Created } ? Json<Created> : never) : never;
export type RequestBody<Op> = Op extends { requestBody?: infer B } ? Json<NonNullable<B>> : never;
export type Query<Op> = Op extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;
