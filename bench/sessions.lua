-- Realistic Media Collection API traffic for wrk: every connection plays sessions, each one a
-- sessionStart and then the timeline below (ads, play, pings, a pause, a bitrate change, completion).
-- With the script argument "media-edge" the same timeline goes to the Media Edge API instead
-- (POST /ee/va/v1/{eventType}, XDM bodies carrying the sessionID, the id read from the sessionStart's 200).
-- Each wrk thread keeps a ring of session slots 32 times its connections and serves them round robin, so a
-- session's next event is sent some 2,000 requests after its previous one, long after it was answered: wrk
-- cannot tell which connection an answer came back on, and events of one session must not overtake each other.

local t = dofile("bench/timeline.lua")
local timeline = {}
for _, step in ipairs(t.preRoll) do timeline[#timeline + 1] = step end
for _, step in ipairs({
  { "ping", 20, 5 },
  { "ping", 30, 15 },
  { "pauseStart", 33, 18 },
  { "ping", 40, 18 },
  { "play", 43, 18 },
  { "ping", 50, 25 },
  { "bitrateChange", 52, 27, '"qoeData":{"media.qoe.bitrate":1500000}', '"qoeDataDetails":{"bitrate":1500000}' },
  { "ping", 60, 35 },
  { "sessionComplete", 68, 43 },
  { "sessionEnd", 68, 43 },
}) do timeline[#timeline + 1] = step end

local sessionStart = t.sessionStart("bench/session-start.json")
local headers = { ["Content-Type"] = "application/json" }
local bodies, edgeTails = t.bodies(timeline)
local edge, startPath = false, "/api/v1/sessions"

local slots, nextSlot, awaiting = {}, 1, {}
-- Optional limits, for filling the mock with open sessions: sessions per thread, events per session.
local sessionsLeft, steps = math.huge, #bodies

function init(args)
  local connections = tonumber(args[1]) or 64
  if tonumber(args[2] or "0") > 0 then sessionsLeft = tonumber(args[2]) end
  if tonumber(args[3] or "0") > 0 then steps = tonumber(args[3]) end
  for i = 1, connections * 32 do slots[i] = { sid = nil, step = 0, starting = false } end
  if args[4] == "media-edge" then
    edge, startPath = true, "/ee/va/v1/sessionStart?configId=bench"
    bodies, edgeTails = t.bodies(timeline, true)
    sessionStart = t.sessionStart("bench/session-start-edge.json")
  end
end

function request()
  for _ = 1, #slots do
    local slot = slots[nextSlot]
    nextSlot = nextSlot % #slots + 1
    if slot.sid and slot.step < steps then
      slot.step = slot.step + 1
      local path, body = "/api/v1/sessions/" .. slot.sid .. "/events", bodies[slot.step]
      if edge then
        path, body = "/ee/va/v1/" .. timeline[slot.step][1], body .. slot.sid .. edgeTails[slot.step]
      end
      if slot.step == #bodies then slot.sid, slot.step = nil, 0 end
      return wrk.format("POST", path, headers, body)
    elseif not slot.sid and not slot.starting and sessionsLeft > 0 then
      sessionsLeft = sessionsLeft - 1
      slot.starting = true
      awaiting[#awaiting + 1] = slot
      return wrk.format("POST", startPath, headers, sessionStart)
    end
  end
  if sessionsLeft <= 0 then
    -- every session asked for is open and has sent its events: this thread is done
    wrk.thread:stop()
    return wrk.format("GET", "/__admin/media-collection/rules")
  end
  -- every slot is waiting for its sid: one more session
  sessionsLeft = sessionsLeft - 1
  local slot = { sid = nil, step = 0, starting = true }
  slots[#slots + 1] = slot
  awaiting[#awaiting + 1] = slot
  return wrk.format("POST", startPath, headers, sessionStart)
end

-- Any waiting slot may take any new sid: they all started at the same ts.
function response(status, headers, body)
  if (status == 201 or (edge and status == 200)) and #awaiting > 0 then
    local slot = table.remove(awaiting, 1)
    slot.starting = false
    if edge then
      slot.sid = string.match(body or "", '"sessionId":"([0-9a-f]+)"')
    else
      slot.sid = string.match(headers["Location"] or headers["location"] or "", "/api/v1/sessions/([^/]+)$")
    end
  elseif (status >= 400 or (edge and status == 207)) and #awaiting > 0 and status ~= 410 then
    -- a refused sessionStart (e.g. a cap): the slot starts over
    local slot = table.remove(awaiting, 1)
    slot.starting = false
  end
end

done = dofile("bench/result.lua")
