-- The open-session workload for wrk: sessions of 60 requests (a sessionStart, an ad break, play, 52 pings) that end
-- with sessionComplete and no sessionEnd, so the mock keeps every one open (until its 10-minute timeout), as real
-- players and load tests leave them. bench/run calls wrk once per step of 10,000 sessions (by default), against
-- each server in turn, so every server sees the same requests with the same number of sessions open.
--
-- Arguments: connections per thread, sessions per thread, and a file prefix. Each thread plays its sessions from a
-- ring of slots (32 per connection), round robin, so a session's next event leaves about 2,000 requests after its
-- previous one. Near the end of a step, once fewer than 4 sessions per connection are in play (a session's next
-- event could then leave while its previous one is still in flight), the thread stops, writes
-- the sessions it has not finished to <prefix>.<thread>.left, and the next step's wrk (same prefix) finishes them
-- first. When a thread is done it writes <prefix>.<thread>.done, which tells bench/run to stop wrk (SIGINT), so that
-- wrk's duration is the step's and not the -d it was given.

local t = dofile("bench/timeline.lua")
local timeline = {}
for _, step in ipairs(t.preRoll) do timeline[#timeline + 1] = step end
for second = 20, 530, 10 do timeline[#timeline + 1] = { "ping", second, second - 15 } end
timeline[#timeline + 1] = { "sessionComplete", 535, 520 }
assert(#timeline == 59, "59 events after the sessionStart")

local sessionStart = t.sessionStart("bench/session-start-long.json")
local headers = { ["Content-Type"] = "application/json" }
local bodies = t.bodies(timeline)

local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
end

local slots, nextSlot, awaiting = {}, 1, {}
local sessionsLeft, spacing, least, prefix, id = 0, 0, 0, "", 0
local stopped = false
local busy = 0 -- slots starting or playing a session

function init(args)
  local connections = tonumber(args[1])
  sessionsLeft = tonumber(args[2])
  prefix = args[3]
  id = wrk.thread:get("id")
  spacing = connections * 32
  -- below this many sessions in play, a session's next event could leave while its previous one is in flight
  least = connections * 4
  -- the sessions the previous step left unfinished come first
  local left = io.open(prefix .. "." .. id .. ".left")
  if left then
    for line in left:lines() do
      local sid, step = line:match("^(%S+) (%d+)$")
      if sid then
        slots[#slots + 1] = { sid = sid, step = tonumber(step), starting = false }
        busy = busy + 1
      end
    end
    left:close()
  end
  while #slots < spacing do slots[#slots + 1] = { sid = nil, step = 0, starting = false } end
end

local function finish()
  stopped = true
  local out = assert(io.open(prefix .. "." .. id .. ".left", "w"))
  for _, slot in ipairs(slots) do
    if slot.sid and slot.step < #bodies then out:write(slot.sid, " ", slot.step, "\n") end
  end
  out:close()
  local done = assert(io.open(prefix .. "." .. id .. ".done", "w"))
  done:close()
  wrk.thread:stop()
end


function request()
  if not stopped and sessionsLeft <= 0 and busy < least then finish() end
  -- the few requests the stopping loop still asks for open a session each rather than send an event twice
  if stopped then return wrk.format("POST", "/api/v1/sessions", headers, sessionStart) end
  for _ = 1, #slots do
    local slot = slots[nextSlot]
    nextSlot = nextSlot % #slots + 1
    if slot.sid and slot.step < #bodies then
      slot.step = slot.step + 1
      if slot.step == #bodies then busy = busy - 1 end
      return wrk.format("POST", "/api/v1/sessions/" .. slot.sid .. "/events", headers, bodies[slot.step])
    elseif not slot.starting and sessionsLeft > 0 and (not slot.sid or slot.step >= #bodies) then
      sessionsLeft = sessionsLeft - 1
      slot.sid, slot.step, slot.starting = nil, 0, true
      busy = busy + 1
      awaiting[#awaiting + 1] = slot
      return wrk.format("POST", "/api/v1/sessions", headers, sessionStart)
    end
  end
  -- every slot waits for its sid (only at the very start): one more session in a new slot
  local slot = { sid = nil, step = 0, starting = true }
  slots[#slots + 1] = slot
  awaiting[#awaiting + 1] = slot
  sessionsLeft = sessionsLeft - 1
  busy = busy + 1
  return wrk.format("POST", "/api/v1/sessions", headers, sessionStart)
end

function response(status, headers, body)
  if #awaiting > 0 and (status == 201 or status >= 400) then
    local slot = table.remove(awaiting, 1)
    slot.starting = false
    if status == 201 then
      slot.sid = string.match(headers["Location"] or headers["location"] or "", "/api/v1/sessions/([^/]+)$")
    else
      sessionsLeft = sessionsLeft + 1 -- refused (a cap): the slot starts another
      busy = busy - 1
    end
  end
end

done = dofile("bench/result.lua")
