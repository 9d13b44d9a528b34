-- wrk script for the e-portal intake of bench.sh: every request is a POST of BENCH_WRK_BODY (a JSON petition) with a
-- fresh Idempotency-Key, "<BENCH_WRK_RUN>-<thread>-<counter>", so each one is a new petition and never a replay.
-- BENCH_WRK_RUN must differ between runs against the same database (bench.sh passes the run's name and a timestamp).
local body = os.getenv("BENCH_WRK_BODY") or ""
local run = os.getenv("BENCH_WRK_RUN") or tostring(os.time())
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

local prefix = nil
local headers = nil
local counter = 0

function request()
  if prefix == nil then
    prefix = run .. "-" .. tostring(tid or 0) .. "-"
    -- wrk.format uses the table given instead of wrk.headers: keep the ones of the command line (Authorization)
    headers = {}
    for k, v in pairs(wrk.headers) do
      headers[k] = v
    end
    headers["Content-Type"] = "application/json"
  end
  counter = counter + 1
  headers["Idempotency-Key"] = prefix .. counter
  return wrk.format("POST", nil, headers, body)
end
