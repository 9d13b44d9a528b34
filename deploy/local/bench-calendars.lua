-- wrk script for the calendars part of bench.sh.
--   BENCH_WRK_BODY set: every request is a POST of that JSON body (the clash check).
--   BENCH_WRK_RATE (and BENCH_WRK_THREADS = wrk's -t) set: paces the requests to that many per second in total, as
--   wrk has no -R like wrk2: each thread sends on a fixed schedule of RATE/THREADS per second and catches up when it
--   falls behind. Latency counts from when a request is actually sent (no coordinated-omission correction as in wrk2).
local body = os.getenv("BENCH_WRK_BODY")
if body ~= nil and body ~= "" then
  wrk.method = "POST"
  wrk.body = body
  wrk.headers["Content-Type"] = "application/json"
end

local rate = tonumber(os.getenv("BENCH_WRK_RATE") or "")
if rate ~= nil and rate > 0 then
  local ffi = require("ffi")
  ffi.cdef [[
    typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
    int clock_gettime(int clk_id, bench_timespec *tp);
  ]]
  local ts = ffi.new("bench_timespec")
  local function now_ms()
    ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC
    return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6
  end
  local interval = 1000 * tonumber(os.getenv("BENCH_WRK_THREADS") or "1") / rate -- ms between two sends of one thread
  local next_at = nil

  -- wrk asks before every request (each thread has its own Lua state, so the schedule is per thread)
  function delay()
    local now = now_ms()
    if next_at == nil then
      next_at = now
    end
    local at = next_at
    next_at = next_at + interval
    if at <= now then
      return 0
    end
    return math.floor(at - now + 0.5)
  end
end
