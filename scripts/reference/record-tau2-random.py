#!/usr/bin/env python3
"""Record tau2-bench's answers to seeded random tool calls, beyond the gold actions.

Usage:
  record-tau2-random.py <tau2 checkout> <out dir> [--db-airline <db.json>]

For each domain, 60 episodes of 12 calls drawn with a fixed seed (ids mostly taken from the
database, sometimes unknown; item swaps mostly within a product; payments sometimes short) run
through tau2's own tools from a fresh database, and are written in the format of record-tau2.py
(each answer, each episode's final database as a digest). The gold actions exercise the happy
paths; these also reach the error paths.
"""

import argparse
import importlib.util
import json
import random
from pathlib import Path

_spec = importlib.util.spec_from_file_location("record_tau2", Path(__file__).with_name("record-tau2.py"))
recorder = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(recorder)


def retail_calls(db, rnd):
    users=list(db['users']); orders=list(db['orders']); products=list(db['products'])
    items=[i for p in db['products'].values() for i in p['variants']]
    def oid(): return rnd.choice(orders) if rnd.random()<0.9 else '#W0000000'
    def uid(): return rnd.choice(users) if rnd.random()<0.9 else 'nobody_1'
    def order_items(o):
        its=[i['item_id'] for i in db['orders'][o]['items']] if o in db['orders'] else ['123']
        k=rnd.randint(0,min(3,len(its)))
        return rnd.sample(its,k) if rnd.random()<0.9 else its+its
    def variants_for(o, ids):
        out=[]
        for i in ids:
            it=next((x for x in db['orders'].get(o,{'items':[]})['items'] if x['item_id']==i),None)
            if it and rnd.random()<0.9: out.append(rnd.choice(list(db['products'][it['product_id']]['variants'])))
            else: out.append(rnd.choice(items))
        if rnd.random()<0.1: out=out[:-1]
        return out
    def pm(o):
        u=db['orders'][o]['user_id'] if o in db['orders'] else uid()
        ms=list(db['users'].get(u,{'payment_methods':{}})['payment_methods']) or ['x']
        return rnd.choice(ms) if rnd.random()<0.9 else 'gift_card_0000000'
    addr=lambda: dict(address1='1 Main St', address2=rnd.choice(['','Apt 2']), city='Albany', state='NY', country='USA', zip=rnd.choice(['12207','00000']))
    tools=[
     lambda: ('find_user_id_by_email', {'email': rnd.choice([db['users'][rnd.choice(users)]['email'].upper(), 'none@x.com'])}),
     lambda: ('find_user_id_by_name_zip', (lambda u: {'first_name':u['name']['first_name'].lower(),'last_name':u['name']['last_name'],'zip':rnd.choice([u['address']['zip'],'99999'])})(db['users'][rnd.choice(users)])),
     lambda: ('get_user_details', {'user_id': uid()}),
     lambda: ('get_order_details', {'order_id': oid()}),
     lambda: ('get_product_details', {'product_id': rnd.choice(products+['1'])}),
     lambda: ('get_item_details', {'item_id': rnd.choice(items+['1'])}),
     lambda: ('list_all_product_types', {}),
     lambda: ('calculate', {'expression': rnd.choice(['1+2','10/4','(2+3)*4.5','7//2','2**10','1/0','abc','3.0*3','100-99.99','12.345*3'])}),
     lambda: ('transfer_to_human_agents', {'summary':'x'}),
     lambda: ('modify_user_address', dict(user_id=uid(), **addr())),
     lambda: (lambda o: ('modify_pending_order_address', dict(order_id=o, **addr())))(oid()),
     lambda: (lambda o: ('cancel_pending_order', {'order_id':o,'reason':rnd.choice(['no longer needed','ordered by mistake','other'])}))(oid()),
     lambda: (lambda o: (lambda ids: ('modify_pending_order_items', {'order_id':o,'item_ids':ids,'new_item_ids':variants_for(o,ids),'payment_method_id':pm(o)}))(order_items(o)))(oid()),
     lambda: (lambda o: ('modify_pending_order_payment', {'order_id':o,'payment_method_id':pm(o)}))(oid()),
     lambda: (lambda o: ('return_delivered_order_items', {'order_id':o,'item_ids':order_items(o),'payment_method_id':pm(o)}))(oid()),
     lambda: (lambda o: (lambda ids: ('exchange_delivered_order_items', {'order_id':o,'item_ids':ids,'new_item_ids':variants_for(o,ids),'payment_method_id':pm(o)}))(order_items(o)))(oid()),
    ]
    return tools

def airline_calls(db, rnd):
    users=list(db['users']); res=list(db['reservations']); flights=list(db['flights'])
    airports=['SFO','JFK','LAX','ORD','DFW','DEN','SEA','ATL','MIA','BOS','PHX','IAH','LAS','MCO','EWR','CLT','MSP','DTW','PHL','LGA']
    dates=['2024-05-%02d'%d for d in range(14,31)]
    def rid(): return rnd.choice(res) if rnd.random()<0.9 else 'ZZZZZZ'
    def uid(): return rnd.choice(users) if rnd.random()<0.9 else 'nobody_1'
    def pay(u):
        ms=list(db['users'].get(u,{'payment_methods':{}})['payment_methods']) or ['x']
        return rnd.choice(ms)
    def finfo():
        f=rnd.choice(flights); d=rnd.choice(list(db['flights'][f]['dates'])+['2024-06-01'])
        return {'flight_number':f,'date':d}
    def pax(n): return [{'first_name':rnd.choice(['Ann','Bo']),'last_name':'Lee','dob':'1990-01-01'} for _ in range(n)]
    def book():
        u=uid(); cab=rnd.choice(['business','economy','basic_economy']); fl=[finfo() for _ in range(rnd.randint(1,2))]; n=rnd.randint(1,3)
        price=0
        for f in fl:
            dd=db['flights'][f['flight_number']]['dates'].get(f['date'],{})
            price+=dd.get('prices',{}).get(cab,0)*n
        ins=rnd.choice(['yes','no']); nf=rnd.randint(0,2); total=price+(30*n if ins=='yes' else 0)+50*nf
        p=pay(u)
        amt= total if rnd.random()<0.7 else total+1
        return ('book_reservation', dict(user_id=u, origin='JFK', destination='LAX', flight_type=rnd.choice(['one_way','round_trip']), cabin=cab, flights=fl, passengers=pax(n), payment_methods=[{'payment_id':p,'amount':amt}], total_baggages=nf+1, nonfree_baggages=nf, insurance=ins))
    tools=[
     lambda: ('get_user_details', {'user_id': uid()}),
     lambda: ('get_reservation_details', {'reservation_id': rid()}),
     lambda: ('search_direct_flight', {'origin':rnd.choice(airports),'destination':rnd.choice(airports),'date':rnd.choice(dates)}),
     lambda: ('search_onestop_flight', {'origin':rnd.choice(airports),'destination':rnd.choice(airports),'date':rnd.choice(dates)}),
     lambda: ('get_flight_status', finfo()),
     lambda: ('list_all_airports', {}),
     lambda: ('calculate', {'expression': rnd.choice(['1+2','10/4','2**3','1/0'])}),
     lambda: ('send_certificate', {'user_id':uid(),'amount':rnd.choice([50,100])}),
     lambda: ('cancel_reservation', {'reservation_id':rid()}),
     lambda: (lambda r: ('update_reservation_baggages', {'reservation_id':r,'total_baggages':rnd.randint(0,4),'nonfree_baggages':rnd.randint(0,3),'payment_id':pay(db['reservations'][r]['user_id']) if r in db['reservations'] else 'x'}))(rid()),
     lambda: (lambda r: ('update_reservation_flights', {'reservation_id':r,'cabin':rnd.choice(['business','economy','basic_economy']),'flights':([{'flight_number':f['flight_number'],'date':f['date']} for f in db['reservations'][r]['flights']] if r in db['reservations'] and rnd.random()<0.5 else [finfo()]),'payment_id':pay(db['reservations'][r]['user_id']) if r in db['reservations'] else 'x'}))(rid()),
     lambda: (lambda r: ('update_reservation_passengers', {'reservation_id':r,'passengers':pax(len(db['reservations'][r]['passengers']) if r in db['reservations'] and rnd.random()<0.8 else 5)}))(rid()),
     book,
    ]
    return tools

def run(domain, dbd, episodes, steps, seed):
    from tau2.data_model.message import ToolCall

    build, returned_text, digest = recorder.build, recorder.returned_text, recorder.digest
    rnd=random.Random(seed)
    out=[]
    for e in range(episodes):
        env, tools = build(domain, dbd)
        gen = retail_calls(dbd, rnd) if domain=='retail' else airline_calls(dbd, rnd)
        calls=[]; outputs=[]
        for s in range(steps):
            name,args=rnd.choice(gen)()
            calls.append({'name':name,'arguments':args})
            msg=env.get_response(ToolCall(id=f'{e}-{s}',name=name,arguments=args,requestor='assistant'))
            if msg.error:
                t=msg.content; outputs.append({'error':True,'message':t[7:] if t.startswith('Error: ') else t})
            elif returned_text(domain,name): outputs.append({'text':msg.content})
            else: outputs.append({'digest':digest(json.loads(msg.content))})
        out.append({'id':str(e),'actions':calls,'outputs':outputs,'final_db':digest(tools.db.model_dump())})
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("checkout", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--db-airline", type=Path, help="airline database to use instead of the checkout's")
    args = parser.parse_args()
    recorder.prepare_imports(args.checkout)
    args.out.mkdir(parents=True, exist_ok=True)
    for domain, seed in (("retail", 1), ("airline", 2)):
        db_path = args.checkout / "data" / "tau2" / "domains" / domain / "db.json"
        if domain == "airline" and args.db_airline is not None:
            db_path = args.db_airline
        db = json.loads(db_path.read_text())
        episodes = run(domain, db, 60, 12, seed)
        document = {"source": "sierra-research/tau2-bench", "domain": domain, "seed": seed, "tasks": episodes}
        (args.out / f"random-{domain}.json").write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n")
        print(f"{domain}: {len(episodes)} episodes, {sum(len(e['outputs']) for e in episodes)} calls")


if __name__ == "__main__":
    main()
